#!/usr/bin/env bash
# Times `hexlet-lesson grade-batch` on a cohort of generated Python submissions of one lesson of
# examples/python-basics (20-conditions/10-sign: three tests), with --jobs 1, 2 and 4, against a
# raw sequential loop of `docker run` over the same submissions (the same image, limits and
# isolation flags, the solution bind-mounted read-only, pytest's exit code as the only result),
# and, for reference, the same loop two at a time.
# Each round runs every configuration once, in turn, so load from other work on the machine falls
# on all of them alike; after one warm-up round, RUNS rounds are measured. Prints min and median
# wall time, throughput (submissions per minute, from the median) and the ratio to the raw loop.
#
#   bench/batch.sh [RUNS] [SUBMISSIONS]     (defaults 3 and 100; builds the CLI when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
count=${2:-100}
lesson=20-conditions/10-sign

[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/python-basics "$work/course"
rm -rf "$work/course/.hexlet-lesson"
image=$(bin/hexlet-lesson -q build "$work/course")
workdir=$(docker image inspect --format '{{.Config.WorkingDir}}' "$image")

# A mix like a real cohort: 60% right (written in several ways), 25% failing a test, 10% that do
# not load (a syntax error), 5% that crash at run time. Every file differs (a learner comment), so
# no grade can be reused from another learner.
generate() {
  local dir=$1 i kind
  for i in $(seq 1 "$count"); do
    mkdir -p "$dir/learner-$(printf '%03d' "$i")"
    local file="$dir/learner-$(printf '%03d' "$i")/solution.py"
    kind=$((i % 20))
    printf '# learner %d\n' "$i" > "$file"
    if [ "$kind" -lt 4 ]; then
      printf 'def sign(number):\n    if number > 0:\n        return 1\n    if number < 0:\n        return -1\n    return 0\n' >> "$file"
    elif [ "$kind" -lt 8 ]; then
      printf 'def sign(number):\n    return (number > 0) - (number < 0)\n' >> "$file"
    elif [ "$kind" -lt 12 ]; then
      printf 'def sign(number):\n    return 0 if number == 0 else number // abs(number)\n' >> "$file"
    elif [ "$kind" -lt 15 ]; then
      printf 'def sign(number):\n    return 1 if number > 0 else -1\n' >> "$file"
    elif [ "$kind" -lt 17 ]; then
      printf 'def sign(number):\n    return 1 if number >= 0 else -1\n' >> "$file"
    elif [ "$kind" -lt 19 ]; then
      printf 'def sign(number)\n    return 1\n' >> "$file"
    else
      printf 'def sign(number):\n    return number / 0\n' >> "$file"
    fi
  done
}
generate "$work/submissions"

raw_run() {
  docker run --rm --network none --memory 512m --memory-swap 512m --pids-limit 256 --cpus 1 \
    --read-only --tmpfs /tmp:rw,exec,size=64m --cap-drop ALL --security-opt no-new-privileges \
    --user 65534:65534 --log-driver none -e PYTHONDONTWRITEBYTECODE=1 -e HOME=/tmp \
    -v "$1/solution.py:$workdir/modules/$lesson/solution.py:ro" -w "$workdir/modules/$lesson" \
    "$image" timeout 10 python3 -m pytest -q -p no:cacheprovider test_solution.py \
    >/dev/null 2>&1 || true
}
export -f raw_run
export workdir lesson image

raw_loop() {
  local sub
  for sub in "$work"/submissions/*/; do
    raw_run "$sub"
  done
}

# The same runs two at a time (xargs -P 2): the plain parallel alternative, for reference.
raw_parallel() {
  printf '%s\n' "$work"/submissions/*/ | xargs -P 2 -I{} bash -c 'raw_run "$1"' _ {}
}

batch() {
  bin/hexlet-lesson -q grade-batch "$work/course/modules/$lesson" \
    --submissions "$work/submissions" --jobs "$1" --report-dir "$work/reports-$1" --force \
    --format json >/dev/null || [ $? -eq 1 ]
}

# Runs "$@" and prints its wall time in seconds.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

configs=("raw" "raw -P 2" "jobs 1" "jobs 2" "jobs 4")
run_config() {
  case "$1" in
    raw) seconds raw_loop ;;
    "raw -P 2") seconds raw_parallel ;;
    "jobs "*) seconds batch "${1#jobs }" ;;
  esac
}

echo "warm-up round (not measured)..." >&2
for config in "${configs[@]}"; do run_config "$config" >/dev/null; done
declare -A times
for round in $(seq 1 "$runs"); do
  for config in "${configs[@]}"; do
    t=$(run_config "$config")
    times[$config]="${times[$config]:-} $t"
    echo "round $round: $config ${t}s" >&2
  done
done

stats() { # prints "min median" of the numbers given
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", v[1], m }'
}

read -r raw_min raw_median <<<"$(stats ${times[raw]})"
echo
echo "$count submissions of $lesson, $runs rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | min | median | submissions/min | vs raw loop |"
echo "| --- | ---: | ---: | ---: | ---: |"
for config in "${configs[@]}"; do
  read -r min median <<<"$(stats ${times[$config]})"
  case "$config" in
    raw) name='`docker run` loop, sequential' ;;
    "raw -P 2") name='`docker run` loop, 2 at a time (`xargs -P 2`)' ;;
    *) name="\`grade-batch --${config/ / }\`" ;;
  esac
  awk -v n="$name" -v min="$min" -v med="$median" -v c="$count" -v raw="$raw_median" \
    'BEGIN { printf "| %s | %.1f s | %.1f s | %.0f | %.2fx |\n", n, min, med, c / med * 60, raw / med }'
done
