#!/bin/sh
# `train` against PyTorch's tutorial loop and against the bare step, on the same MNIST files, alternating, with the
# machine's load before each run (docs/performance.md). Usage: bench/compare_train.sh DIR [ROUNDS] [EPOCHS]
#   DIR      a folder of the four IDX files, e.g. one made by bench/enlarge_mnist.py
#   OPENBLAS a folder holding libblas.so.3 of OpenBLAS, put first on PyTorch's library path when set
#   ALSO     another build's losskata.dll (e.g. an earlier commit's, built with -o), run as "other build float64"
#            after train float64 in each round, to compare two versions in the same sitting
# Each round runs, in turn: train float64; PyTorch's loop with 1 torch thread; train float32; PyTorch with 2 torch
# threads; PyTorch with 2 torch threads and OPENBLAS_NUM_THREADS=1 (OpenBLAS's own threads would otherwise contend
# with torch's); train float64 and float32 on one core (taskset -c 0); the bare step (bench cpu-time: the bare step,
# train's fused epoch and the readable Trainer's, 2 and 1 threads). The summary at the end gives each one's best and
# median epoch in samples/s.
set -eu
data=$1
rounds=${2:-3}
epochs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/tools/LossKata.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$root/bench/LossKata.Bench" -c Release -v q -nologo >/dev/null
losskata="$root/tools/LossKata.Cli/bin/Release/net10.0/losskata.dll"
bench="$root/bench/LossKata.Bench/bin/Release/net10.0/LossKata.Bench.dll"
log=$(mktemp)

# run LABEL COMMAND...: the command's epoch lines, each prefixed with the label, after the load.
run() {
  label=$1
  shift
  echo "== round $round, $label: $(uptime)"
  "$@" | grep -E '^\(epoch|^epoch|^Final|^torch|: .* per CPU-second' | sed "s/^/$label | /" | tee -a "$log"
}

train() {
  dotnet "$losskata" train --data "$data" --epochs "$epochs" --log-interval 1000000 "$@"
}

# torch THREADS [OPENBLAS_THREADS]
torch() {
  env ${2:+OPENBLAS_NUM_THREADS=$2} LD_LIBRARY_PATH=${OPENBLAS:-} /usr/bin/python3 "$root/bench/pytorch_train.py" "$data" "$epochs" "$1"
}

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(dotnet --version)"
for round in $(seq "$rounds"); do
  run "train float64" train
  if [ -n "${ALSO:-}" ]; then
    run "other build float64" dotnet "$ALSO" train --data "$data" --epochs "$epochs" --log-interval 1000000
  fi
  run "PyTorch 1 thread" torch 1
  run "train float32" train --precision float32
  run "PyTorch 2 threads" torch 2
  run "PyTorch 2 threads, OpenBLAS 1" torch 2 1
  run "train float64, 1 core" taskset -c 0 dotnet "$losskata" train --data "$data" --epochs "$epochs" --log-interval 1000000
  run "train float32, 1 core" taskset -c 0 dotnet "$losskata" train --data "$data" --epochs "$epochs" --log-interval 1000000 --precision float32
  run "bare step" dotnet "$bench" cpu-time simd
done
echo "== done: $(uptime)"

# Samples/s of every epoch (or bare-step measurement) per label: best and median.
echo
echo "summary (samples/s; train and PyTorch: the training pass of each epoch):"
sed -n -e 's/^\([^|]*\) | (epoch [0-9]*: [0-9.]* s, \([0-9,]*\) samples\/s)$/\1|\2/p' \
       -e 's/^\([^|]*\) | epoch [0-9]*: [0-9.]* s, \([0-9,]*\) samples\/s.*$/\1|\2/p' \
       -e 's/^bare step | \([^:]*, simd, [0-9] thread(s)\): \([0-9,]*\) samples\/s.*$/\1|\2/p' "$log" |
  awk -F'|' '{ gsub(/,/, "", $2); print $1 "|" $2 }' | sort -t'|' -k1,1 -k2,2n |
  awk -F'|' '
    function report() { if (n) printf "  %-50s best %7d  median %7d  (%d runs)\n", label, values[n], (n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2), n }
    $1 != label { report(); label = $1; n = 0 }
    { values[++n] = $2 }
    END { report() }'
rm -f "$log"
