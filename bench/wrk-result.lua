-- Appended to each wrk script of the benchmarks: one line with p50, p95, p99 (ms), requests per
-- second and the count of failed requests (non-2xx/3xx answers, connect, read, write, timeouts).
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.2f %.2f %.2f %.1f %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), bad))
end
