#!/bin/sh
# `train` against PyTorch's tutorial loop on the same MNIST files, alternating, with the machine's load before each
# run (docs/performance.md). Usage: bench/compare_train.sh DIR [ROUNDS] [EPOCHS]
#   DIR      a folder of the four IDX files, e.g. one made by bench/enlarge_mnist.py
#   OPENBLAS a folder holding libblas.so.3 of OpenBLAS, put first on PyTorch's library path when set
set -eu
data=$1
rounds=${2:-2}
epochs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/tools/LossKata.Cli" -c Release -v q -nologo >/dev/null
losskata="$root/tools/LossKata.Cli/bin/Release/net10.0/losskata.dll"

for round in $(seq "$rounds"); do
  echo "== round $round, LossKata train (float64, reference solutions): $(uptime)"
  dotnet "$losskata" train --data "$data" --epochs "$epochs" --log-interval 1000000 | grep -E '^\(epoch|^Final'
  echo "== round $round, PyTorch tutorial loop (float32, 2 threads): $(uptime)"
  LD_LIBRARY_PATH=${OPENBLAS:-} /usr/bin/python3 "$root/bench/pytorch_train.py" "$data" "$epochs" 2 | grep -E '^torch|^epoch|^median'
done
echo "== done: $(uptime)"
