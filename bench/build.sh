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

machine
echo "runs: $runs"
compare "$runs" "hexlet-lesson build (no-op)" "docker build -q (cached)"
echo "target: a median under 1000 ms for hexlet-lesson build"
