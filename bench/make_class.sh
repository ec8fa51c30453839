#!/bin/sh
# Makes a class of N submissions for timing `grade --submissions`: each is a copy of REPO's solutions/ with a
# comment naming TAG and the learner added to every file, so that no run is answered from the grader's cache.
# Usage: bench/make_class.sh REPO OUT N TAG
set -eu
repo=$1; out=$2; n=$3; tag=$4
rm -rf "$out"; mkdir -p "$out"
i=1
while [ $i -le $n ]; do
  d="$out/learner$i/exercises"; mkdir -p "$d"
  (cd "$repo/solutions" && find . -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*') | while read f; do
    mkdir -p "$d/$(dirname $f)"; { cat "$repo/solutions/$f"; echo "// $tag learner $i"; } > "$d/$f"
  done
  i=$((i+1))
done
