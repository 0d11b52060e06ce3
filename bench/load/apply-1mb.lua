-- wrk script: each request is a new online application (unique e-mail) with a 1 MB PDF document.
local counter = 0
-- Unique per run (the harness runs a warm-up first): the time the script was loaded.
local run = tostring(os.time()) .. "-" .. tostring(math.floor(os.clock() * 1000000))
local boundary = "----kenesbench7f3a"
local pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " .. string.rep("x", 1024 * 1024 - 80) .. "\ntrailer << /Root 1 0 R >>\n%%EOF\n"

local function field(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local tail = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"workExperience\"; filename=\"work.pdf\"\r\n"
  .. "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n--" .. boundary .. "--\r\n"

request = function()
  counter = counter + 1
  local body = field("surname", "Бенчмарков") .. field("firstName", "Тест") .. field("organization", "Kenes bench")
    .. field("email", "bench-" .. run .. "-" .. counter .. "@example.kz")
    .. field("phone", "+77010000000") .. field("consent", "true") .. tail
  return wrk.format("POST", wrk.path, { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("apply-1mb: %d requests, %d non-2xx/3xx, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
