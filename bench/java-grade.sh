#!/usr/bin/env bash
# Times `hexlet-lesson grade` of one Java lesson (examples/java-basics, 10-basics/20-greeting, the
# reference solution as the submission) against the plain alternative measured in the same run:
# `docker run` of the same course image, with the same files on stdin and the same limits, that
# compiles the solution and tests with javac and runs them with the JUnit console launcher
# (junit-platform-console-standalone and AssertJ from Maven Central). Runs alternate; prints min
# and median wall time of each and the ratio of the medians.
#
#   bench/java-grade.sh [RUNS]     (default 10; builds the CLI and the course image first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
course=examples/java-basics
lesson=$course/modules/10-basics/20-greeting
junit_version=1.14.1
assertj_version=3.27.7
lib=bench/out/java-grade-lib

[ -f cli/target/hexlet-lesson.jar ] || ./mvnw -q -B -DskipTests package
image=$(bin/hexlet-lesson -q build "$course")
mkdir -p "$lib"
for artifact in "org.junit.platform:junit-platform-console-standalone:$junit_version" \
  "org.assertj:assertj-core:$assertj_version"; do
  ./mvnw -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$lib" >&2
done
console=/opt/junit/junit-platform-console-standalone-$junit_version.jar
assertj=/opt/junit/assertj-core-$assertj_version.jar

grade() {
  bin/hexlet-lesson grade "$lesson" --solution "$lesson/App.java" --format json >/dev/null
}

raw() {
  tar -C "$lesson" -cf - App.java AppTest.java \
    | docker run --rm -i --network none --read-only \
      --tmpfs /tmp:rw,exec,nosuid,nodev,size=64m,uid=65534,gid=65534 \
      --memory 512m --memory-swap 512m --pids-limit 256 --cpus 1 \
      --cap-drop ALL --security-opt no-new-privileges --user 65534:65534 \
      -v "$PWD/$lib:/opt/junit:ro" "$image" \
      sh -c "mkdir /tmp/lesson /tmp/classes && tar -x -C /tmp/lesson \
        && javac -encoding UTF-8 -d /tmp/classes -cp $console:$assertj /tmp/lesson/*.java \
        && java -jar $console execute --disable-banner -cp /tmp/classes:$assertj --select-class AppTest" \
      >/dev/null
}

now() { date +%s%N; }
stats() { sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", a[1], m}'; }

# One of each first, not timed: fills the reference-run cache, warms the page cache and Docker.
grade
raw

load_before=$(cut -d' ' -f1 /proc/loadavg)
grade_times=()
raw_times=()
for _ in $(seq "$runs"); do
  start=$(now); grade; grade_times+=($(( $(now) - start )))
  start=$(now); raw; raw_times+=($(( $(now) - start )))
done
read -r grade_min grade_median < <(printf '%s\n' "${grade_times[@]}" | awk '{print $1 / 1e9}' | stats)
read -r raw_min raw_median < <(printf '%s\n' "${raw_times[@]}" | awk '{print $1 / 1e9}' | stats)

echo "Java grade of $lesson, $runs runs each, $(nproc) cores, $(date -u +%Y-%m-%d)," \
  "load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after"
printf '%-52s %8s %8s\n' "" "min s" "median s"
printf '%-52s %8.3f %8.3f\n' "hexlet-lesson grade (junit-runner)" "$grade_min" "$grade_median"
printf '%-52s %8.3f %8.3f\n' "docker run + javac + JUnit console launcher" "$raw_min" "$raw_median"
awk -v g="$grade_median" -v r="$raw_median" 'BEGIN {printf "ratio of medians (grade / raw): %.2f\n", g / r}'
