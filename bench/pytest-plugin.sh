#!/usr/bin/env bash
# What the project's pytest plugin adds to a Python grading run, inside the container: pytest
# on the example course's greeting lesson (2 tests) loaded as the grader loads it (-p
# hexlet_results) against pytest alone, and the same on a generated lesson of 50 tests, so that a
# cost per test shows. One container, runs interleaved so that load from other work falls on both;
# min and median wall and CPU time of each, the milliseconds the plugin adds and the ratio.
#
#   bench/pytest-plugin.sh [RUNS]     (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-15}
course=examples/python-basics
lesson=/exercises-python/modules/10-basics/20-greeting
[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package

image=$(bin/hexlet-lesson -q build "$course")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/two" "$work/fifty"
cp "$course/modules/10-basics/20-greeting/"{solution.py,test_solution.py} "$work/two/"
cp "$course/modules/10-basics/20-greeting/solution.py" "$work/fifty/"
{
  echo "from solution import greet"
  for i in $(seq 50); do printf '\n\ndef test_greets_%s():\n    assert greet("N%s") == "Hello, N%s!"\n' "$i" "$i" "$i"; done
} >"$work/fifty/test_solution.py"
chmod -R a+rX "$work"

timing=$(
  cat <<'EOF'
import os, resource, statistics, subprocess, sys, time
runs = int(sys.argv[1])
plain = "-p no:cacheprovider"
variants = {"pytest + plugin": ("/plugin", "-p hexlet_results " + plain), "pytest alone": ("", plain)}
wall = {k: [] for k in variants}
cpu = {k: [] for k in variants}
for _ in range(runs):
    for label, (path, opts) in variants.items():
        env = dict(os.environ, PYTHONPATH=path, PYTEST_ADDOPTS=opts)
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(["python3", "-m", "pytest", "-q", "test_solution.py"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        end, after = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[label].append((end - start) * 1000)
        cpu[label].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
for name, times in (("wall", wall), ("cpu", cpu)):
    ours, raw = times["pytest + plugin"], times["pytest alone"]
    for label, values in times.items():
        print("  %-4s %-16s min %4.0f ms, median %4.0f ms" % (name, label + ":", min(values),
                                                          statistics.median(values)))
    print("  %-4s %-16s %4.0f ms (median), %4.0f ms (min); ratio (median) %.2fx" % (
        name, "plugin adds:", statistics.median(ours) - statistics.median(raw),
        min(ours) - min(raw), statistics.median(ours) / statistics.median(raw)))
EOF
)

machine
echo "runs: $runs each, interleaved, in one container of $image"
for case in two fifty; do
  echo "lesson with $([ "$case" = two ] && echo 2 || echo 50) tests:"
  docker run --rm --network none --user 65534 -w "$lesson" \
    -v "$work/$case:$lesson:ro" \
    -v "$PWD/engine/src/main/resources/hexlet/lesson/engine/run/python:/plugin:ro" \
    -e HEXLET_RESULTS=/tmp/results.xml -e HEXLET_EXERCISE=solution.py -e HEXLET_LESSON_DIR="$lesson" \
    -e PYTHONDONTWRITEBYTECODE=1 "$image" python3 -c "$timing" "$runs"
done
