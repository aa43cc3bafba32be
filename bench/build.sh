#!/usr/bin/env bash
# (c) A no-op `hexlet-lesson build` of the example course (the image is up to date), JVM start
# included, against a cached `docker build -q` of the same course in the same run. Prints min and
# median wall time (target: under 1 s).
#
#   bench/build.sh [RUNS]     (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-10}
course=examples/python-basics
[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package

ours() { bin/hexlet-lesson build "$course"; }
raw() { docker build -q -t hexlet-lesson-bench/python-basics "$course"; }

ours >/dev/null 2>&1; raw >/dev/null 2>&1
trap 'docker image rm hexlet-lesson-bench/python-basics >/dev/null 2>&1 || true' EXIT

declare -a a b
for _ in $(seq "$runs"); do
  a+=("$(time_ms ours)")
  b+=("$(time_ms raw)")
done
machine
echo "runs: $runs"
echo "hexlet-lesson build (no-op):  min $(min_of "${a[@]}") ms, median $(median_of "${a[@]}") ms (target < 1000 ms)"
echo "docker build -q (cached):     min $(min_of "${b[@]}") ms, median $(median_of "${b[@]}") ms"
echo "ratio (median):               $(ratio "$(median_of "${a[@]}")" "$(median_of "${b[@]}")")x"
