#!/usr/bin/env bash
# (a) `hexlet-lesson grade` of one Python lesson of the example course, JVM start included,
# against the plain `docker run --rm --network none --memory 512m IMAGE <same test command>` with
# the same solution, in the same run, interleaved. Prints min and median wall time and the ratio
# (target: at most 1.15).
#
#   bench/grade.sh [RUNS]     (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-10}
course=examples/python-basics
lesson=10-basics/20-greeting
[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package

image=$(bin/hexlet-lesson -q build "$course")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
solution="$work/solution.py"
printf 'def greet(name):\n    return f"Hello, {name}!"\n' > "$solution"
chmod 644 "$solution"; chmod 755 "$work"
lesson_dir=/exercises-python/modules/$lesson

ours() {
  bin/hexlet-lesson grade "$lesson" --course "$course" --solution "$solution" --format json
}
raw() {
  docker run --rm --network none --memory 512m -v "$solution:$lesson_dir/solution.py:ro" \
    -w "$lesson_dir" "$image" make test
}

# Warm up both (and cache the lesson's expected test set, as a grading service would have it).
ours >/dev/null 2>&1; raw >/dev/null 2>&1
ours >/dev/null || { echo "grade did not pass" >&2; exit 1; }

machine
echo "runs: $runs"
compare "$runs" "hexlet-lesson grade" "docker run (raw)" "<= 1.15x"
