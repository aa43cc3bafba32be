# hexlet-lesson's run wrapper, sent into each container with the lesson's files (never baked into
# an image). It runs the lesson's test command in the lesson folder with the command's output sent
# to stderr, then frames the results file and the exit code on stdout between lines that start
# with a nonce the test code never sees (the file holding it is deleted before the tests start,
# and this shell is not dumpable: see SandboxRunner.WRAPPER_SHELL).
# Usage: sh run.sh RESULTS_FILE
support=/tmp/.hexlet
nonce=$(cat "$support/nonce") || exit 125
rm -f "$support/nonce"
results=$1
cd "$HEXLET_LESSON_DIR" || exit 125
rm -f "$results"
/bin/sh -c "$HEXLET_TEST_COMMAND" </dev/null 1>&2
code=$?
# Nothing the tests started may outlive them: a process left running could rewrite the results
# while they are read. As PID 1, this kills every other process of the container.
kill -9 -1 2>/dev/null
peak=$(cat /sys/fs/cgroup/memory/memory.max_usage_in_bytes 2>/dev/null \
  || cat /sys/fs/cgroup/memory.peak 2>/dev/null)
found=0
printf '\n%s results\n' "$nonce"
if [ -f "$results" ]; then
  cat "$results" && found=1
fi
printf '\n%s end exit=%s peak=%s results=%s\n' "$nonce" "$code" "$peak" "$found"
exit "$code"
