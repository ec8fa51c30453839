#!/bin/sh
# Where `train`'s CPU time goes (docs/performance.md): perf's samples of a `train` run, every thread, sorted by part of
# the step by bench/profile_train.py. Usage: bench/profile_train.sh DIR [EPOCHS] [train options ...]
#   LOSSKATA  another build's losskata.dll to profile (e.g. an earlier commit's, built with -o); default: this tree's
set -eu
data=$1
epochs=${2:-2}
shift $(($# < 2 ? $# : 2))
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${LOSSKATA:-}" ]; then
  dotnet build "$root/tools/LossKata.Cli" -c Release -v q -nologo >/dev/null
fi
losskata=${LOSSKATA:-$root/tools/LossKata.Cli/bin/Release/net10.0/losskata.dll}
samples=$(mktemp)
echo "== $losskata train --epochs $epochs $*: $(uptime)"
# The runtime writes its compiled methods' names to /tmp/perf-PID.map for perf; with W^X on, perf cannot match them.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 997 -g -o "$samples" -- \
  dotnet "$losskata" train --data "$data" --epochs "$epochs" --log-interval 1000000 "$@" | grep -E '^\(epoch'
perf script -i "$samples" 2>/dev/null | /usr/bin/python3 "$root/bench/profile_train.py"
rm -f "$samples"
