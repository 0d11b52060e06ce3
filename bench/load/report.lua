-- wrk script: one machine-readable line at the end, read by scripts/bench.sh.
-- RESULT <requests/s> <p50 ms> <p99 ms> <requests> <errors: non-2xx/3xx + socket errors>
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
