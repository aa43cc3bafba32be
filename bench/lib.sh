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
