#!/usr/bin/env bash
# Load test: grade-batch on COUNT submissions of examples/python-basics 10-basics/20-greeting,
# JOBS at a time: 60% right, 20% wrong, 20% hostile (endless loop, memory hog, output flood, fork
# bomb, forged results, os._exit(0), pytest patched, a syntax error). Checks that every learner got
# exactly one report with the verdict its kind must get, samples the grader's resident memory
# (VmRSS of the JVM, every 100 ms; VmHWM at the end), and prints the wall time and the throughput
# in submissions per minute. RUNS rounds (after none as warm-up: the first round is the load).
#
#   bench/load.sh [COUNT] [JOBS] [RUNS]      (defaults 200, 4, 1; builds the CLI when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
count=${1:-200}
jobs=${2:-4}
runs=${3:-1}
lesson=10-basics/20-greeting
hostile=cli/src/test/resources/hostile/python

[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/python-basics "$work/course"
rm -rf "$work/course/.hexlet-lesson"
bin/hexlet-lesson -q build "$work/course" >/dev/null

# learner-NNN gets a kind by its number; expected.txt says what its report must say.
mkdir -p "$work/submissions"
: > "$work/expected.txt"
for i in $(seq 1 "$count"); do
  name=$(printf 'learner-%03d' "$i")
  dir="$work/submissions/$name"
  mkdir -p "$dir"
  case $((i % 20)) in
    0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11)
      printf '# %s\ndef greet(name):\n    return f"Hello, {name}!"\n' "$name" > "$dir/solution.py"
      expect="pass -" ;;
    12 | 13 | 14 | 15)
      printf '# %s\ndef greet(name):\n    return "Hello, Ada!"\n' "$name" > "$dir/solution.py"
      expect="fail -" ;;
    16) cp "$hostile/infinite-loop.py" "$dir/solution.py"; expect="error timeout" ;;
    17)
      case $((i % 3)) in
        0) cp "$hostile/memory-hog.py" "$dir/solution.py"; expect="error memory" ;;
        1) cp "$hostile/output-flood.py" "$dir/solution.py"; expect="error output-limit" ;;
        2) cp "$hostile/fork-bomb.py" "$dir/solution.py"; expect="error timeout" ;;
      esac ;;
    18)
      case $((i % 3)) in
        0) cp "$hostile/forged-results-file.py" "$dir/solution.py"; expect="error tampered" ;;
        1) cp "$hostile/os-exit-at-import.py" "$dir/solution.py"; expect="error tampered" ;;
        2) cp "$hostile/pytest-hook-via-gc.py" "$dir/solution.py"; expect="error tampered" ;;
      esac ;;
    19) printf 'def greet(name)\n    return name\n' > "$dir/solution.py"; expect="error compile" ;;
  esac
  echo "$name $expect" >> "$work/expected.txt"
done

# Runs one batch in the background, samples the JVM's memory until it ends; prints
# "SECONDS PEAK_RSS_KIB HWM_KIB PID".
batch() {
  local reports=$1 start end pid rss peak=0 hwm=0
  start=$(date +%s.%N)
  bin/hexlet-lesson -q grade-batch "$lesson" --course "$work/course" \
    --submissions "$work/submissions" --jobs "$jobs" --report-dir "$reports" --force \
    --output-limit 64k >/dev/null 2>"$work/batch.err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "$hwm")
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    sleep 0.1
  done
  wait "$pid" || true
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $peak ${hwm:-0} $pid"
}

# Every learner has exactly one report, with the status and reason of its kind.
verify() {
  local reports=$1 wrong=0 name status reason got
  [ "$(find "$reports" -maxdepth 1 -name 'learner-*.json' | wc -l)" -eq "$count" ] || {
    echo "expected $count reports, found $(find "$reports" -maxdepth 1 -name 'learner-*.json' | wc -l)" >&2
    return 1
  }
  while read -r name status reason; do
    got=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["status"], r.get("reason") or "-")' \
      "$reports/$name.json")
    if [ "$got" != "$status $reason" ]; then
      echo "$name: expected $status $reason, got $got" >&2
      wrong=$((wrong + 1))
    fi
  done < "$work/expected.txt"
  [ "$wrong" -eq 0 ]
}

# The containers the grader with process id $1 left.
leftovers() {
  docker ps -a --filter label=hexlet-lesson.owner --format '{{.Label "hexlet-lesson.owner"}}' |
    grep -c "/$1/" || true
}

echo "$(machine)"
echo "load: $count submissions of $lesson, --jobs $jobs, $(awk '{print $2, $3}' "$work/expected.txt" | sort | uniq -c | tr -s ' ' | paste -sd, -)"
times=()
for round in $(seq 1 "$runs"); do
  read -r seconds peak hwm pid < <(batch "$work/reports-$round")
  verify "$work/reports-$round"
  times+=("$(printf '%.0f' "$(echo "$seconds * 1000" | bc)")")
  printf 'round %d: %.1f s, %.1f submissions/min, grader RSS peak %d MiB (VmHWM %d MiB), %d reports right, %d containers left\n' \
    "$round" "$seconds" "$(echo "$count * 60 / $seconds" | bc -l)" $((peak / 1024)) $((hwm / 1024)) \
    "$count" "$(leftovers "$pid")"
done
median=$(median_of "${times[@]}")
echo "min $(min_of "${times[@]}") ms, median $median ms:" \
  "$(awk -v n="$count" -v ms="$median" 'BEGIN { printf "%.0f", n * 60000 / ms }') submissions per minute"
