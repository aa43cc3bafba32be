# Shared helpers of the bench scripts: timing in milliseconds, min and median of a list.

now_ms() { date +%s%3N; }

# time_ms CMD...: runs CMD with its output discarded and prints its wall time in ms.
time_ms() {
  local start end
  start=$(now_ms)
  "$@" >/dev/null 2>&1 || true
  end=$(now_ms)
  echo $((end - start))
}

min_of() { printf '%s\n' "$@" | sort -n | head -1; }

median_of() {
  local sorted n
  mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
  n=${#sorted[@]}
  if ((n % 2)); then echo "${sorted[n / 2]}"; else echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), $(docker version --format 'Docker {{.Server.Version}}' 2>/dev/null)," \
    "$(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
}

# compare RUNS OURS_LABEL RAW_LABEL [TARGET]: times the shell functions `ours` and `raw` RUNS times
# each, alternating so that load from other work falls on both, and prints the min and median of
# each and the ratios of ours to raw (TARGET, such as "<= 1.15x", is printed beside the median's).
compare() {
  local runs=$1 ours_label=$2 raw_label=$3 target=${4:-} a=() b=() i
  for ((i = 0; i < runs; i++)); do
    a+=("$(time_ms ours)")
    b+=("$(time_ms raw)")
  done
  printf '%-32s min %s ms, median %s ms\n' "$ours_label:" "$(min_of "${a[@]}")" "$(median_of "${a[@]}")"
  printf '%-32s min %s ms, median %s ms\n' "$raw_label:" "$(min_of "${b[@]}")" "$(median_of "${b[@]}")"
  printf '%-32s %sx%s\n' "ratio (median):" "$(ratio "$(median_of "${a[@]}")" "$(median_of "${b[@]}")")" \
    "${target:+ (target $target)}"
  printf '%-32s %sx\n' "ratio (min):" "$(ratio "$(min_of "${a[@]}")" "$(min_of "${b[@]}")")"
}
