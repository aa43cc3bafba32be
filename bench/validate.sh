#!/usr/bin/env bash
# Times `hexlet-lesson validate` on a generated course of 1,000 lessons (10 modules x 100
# lessons, locales en and ru), repeated, against plain alternatives measured in the same run:
# reading every YAML file (find | xargs cat) and, when PyYAML is there, parsing every YAML file
# in Python. Prints min and median wall time, peak RSS, and the ratios.
#
#   bench/validate.sh [RUNS]     (default 10; builds the CLI first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

command -v /usr/bin/time >/dev/null || {
  echo "installing time (GNU time) for peak memory figures" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}
[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
course="$work/course"

generate() {
  mkdir -p "$course/modules"
  cat > "$course/spec.yml" <<'YML'
---
language:
  docker_image: bench/python
  extension: py
  exercise_filename: solution.py
  exercise_test_filename: test_solution.py
  learn_as: first_language
  progress: completed
  name: Python
YML
  for locale in en ru; do
    printf 'title: Bench course\nheader: Bench\ndescription: |\n  A generated course.\nkeywords: [bench]\n' \
      > "$course/description.$locale.yml"
  done
  for m in $(seq 1 10); do
    module="$course/modules/$(printf '%02d' "$m")0-module-$m"
    mkdir -p "$module"
    for locale in en ru; do
      printf 'name: Module %d\ndescription: |\n  Module %d of the bench course.\n' "$m" "$m" \
        > "$module/description.$locale.yml"
    done
    for l in $(seq 1 100); do
      lesson="$module/$(printf '%03d' "$l")-lesson-$l"
      mkdir -p "$lesson/en" "$lesson/ru"
      printf 'def answer():\n    # BEGIN\n    return %d\n    # END\n' "$l" > "$lesson/solution.py"
      printf 'from solution import answer\n\n\ndef test_answer():\n    assert answer() == %d\n' "$l" \
        > "$lesson/test_solution.py"
      printf 'test:\n\tpython3 -m pytest -q test_solution.py\n' > "$lesson/Makefile"
      for locale in en ru; do
        printf '# Lesson %d\n\nSome theory about `return`.\n' "$l" > "$lesson/$locale/README.md"
        printf 'Write `answer()` so that it returns %d.\n' "$l" > "$lesson/$locale/EXERCISE.md"
        printf -- '---\nname: Lesson %d\ntips:\n  - Read the theory first.\ndefinitions:\n  - name: return\n    description: ends a function with a value.\n' \
          "$l" > "$lesson/$locale/data.yml"
      done
    done
  done
}
generate
files=$(find "$course" -type f | wc -l)

# Runs "$@" once and prints "<wall seconds> <peak RSS KiB>".
measure() {
  local out="$work/time.txt"
  /usr/bin/time -v -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || {
    local code=$?
    # validate exits 1 on findings; the bench course must have none.
    echo "command failed ($code): $*" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out" |
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
  echo "$wall $rss"
}

# Prints "min median max_rss_kib" of $runs runs of "$@".
series() {
  local walls=() rsss=()
  for _ in $(seq 1 "$runs"); do
    read -r wall rss < <(measure "$@")
    walls+=("$wall")
    rsss+=("$rss")
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk -v rss="$(printf '%s\n' "${rsss[@]}" | sort -g | tail -1)" '
    { v[NR] = $1 }
    END {
      median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.3f %.3f %d\n", v[1], median, rss
    }'
}

report() {
  local name=$1 min=$2 median=$3 rss=$4
  printf '%-28s min %6.3f s   median %6.3f s   peak RSS %6.1f MiB\n' \
    "$name" "$min" "$median" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

echo "course: 1,000 lessons, $files files; $runs runs each; $(nproc) cores"
read -r v_min v_median v_rss < <(series bin/hexlet-lesson validate "$course")
report "hexlet-lesson validate" "$v_min" "$v_median" "$v_rss"

read -r c_min c_median c_rss < <(series sh -c "find '$course' -name '*.yml' | xargs cat")
report "find *.yml | xargs cat" "$c_min" "$c_median" "$c_rss"
awk -v a="$v_median" -v b="$c_median" 'BEGIN { printf "ratio validate / cat (median): %.1fx\n", a / b }'

if python3 -c 'import yaml' 2>/dev/null; then
  parse="import sys, yaml, pathlib
loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)
for p in pathlib.Path(sys.argv[1]).rglob('*.yml'):
    yaml.load(p.read_text(encoding='utf-8'), Loader=loader)"
  read -r p_min p_median p_rss < <(series python3 -c "$parse" "$course")
  report "python3 yaml.load every *.yml" "$p_min" "$p_median" "$p_rss"
  awk -v a="$v_median" -v b="$p_median" 'BEGIN { printf "ratio validate / python yaml (median): %.1fx\n", a / b }'
fi
