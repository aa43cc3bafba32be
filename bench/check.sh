#!/usr/bin/env bash
# (b) `hexlet-lesson check --jobs 2` of the example course, JVM start included, against a
# sequential loop of plain `docker run --rm --network none --memory 512m IMAGE make test` doing
# the same work: each lesson's reference solution and its starter, one after the other, in the
# same image. Same run, interleaved; min and median wall time and the ratio (target: at most 0.6).
#
#   bench/check.sh [RUNS]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
course=examples/python-basics
[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package

image=$(bin/hexlet-lesson -q build "$course")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

# The starters, made by the tool itself; the references are the lessons' own files.
lessons=()
for dir in "$course"/modules/*/*/; do
  id=$(basename "$(dirname "$dir")")/$(basename "$dir")
  lessons+=("$id")
  mkdir -p "$work/$id"
  bin/hexlet-lesson -q starter "$dir" -o "$work/$id" >/dev/null
  chmod -R a+rX "$work/$id"
done

ours() { bin/hexlet-lesson check "$course" --jobs 2; }
raw() {
  for id in "${lessons[@]}"; do
    lesson=/exercises-python/modules/$id
    for solution in "$course/modules/$id/solution.py" "$work/$id/solution.py"; do
      docker run --rm --network none --memory 512m \
        -v "$(readlink -f "$solution"):$lesson/solution.py:ro" -w "$lesson" "$image" make test || true
    done
  done
}

ours >/dev/null 2>&1 || { echo "check did not pass" >&2; exit 1; }
raw >/dev/null 2>&1

machine
echo "runs: $runs, lessons: ${#lessons[@]} (a reference and a starter run each)"
compare "$runs" "hexlet-lesson check --jobs 2" "sequential docker run loop" "<= 0.6x"
