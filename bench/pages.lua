-- wrk script for bench/pages-bench.sh: each wrk thread (one connection each: -t N -c N) sends GETs with its own
-- signed-in session (COOKIES: "JSESSIONID|JSESSIONIDVERSION" values separated by spaces, taken in turn) or the API key (AUTH); any answer
-- other than 200 (a redirect to the login page included) counts as an error. Prints one line:
-- RESULT req/s p50_ms p95_ms p99_ms errors requests
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local cookies = {}
  for c in string.gmatch(os.getenv("COOKIES") or "", "%S+") do
    table.insert(cookies, c)
  end
  local headers = {}
  if #cookies > 0 then
    -- "id" or "id|version": Payara's distributable sessions are found only with their JSESSIONIDVERSION cookie too.
    local c = cookies[((id - 1) % #cookies) + 1]
    local sid, version = string.match(c, "^([^|]+)|(.+)$")
    if sid then
      headers["Cookie"] = "JSESSIONID=" .. sid .. "; JSESSIONIDVERSION=" .. version
    else
      headers["Cookie"] = "JSESSIONID=" .. c
    end
  end
  local key = os.getenv("AUTH")
  if key and key ~= "" then
    headers["Authorization"] = "Bearer " .. key
  end
  headers["Accept-Encoding"] = os.getenv("ENCODING") or "gzip"
  req = wrk.format("GET", nil, headers)
  bad = 0
  codes = ""
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if not string.find(codes, tostring(status)) then
      codes = codes .. " " .. status
    end
  end
end

function done(summary, latency, requests)
  local wrong = 0
  local seen = ""
  for _, t in ipairs(threads) do
    wrong = wrong + (t:get("bad") or 0)
    seen = seen .. (t:get("codes") or "")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + wrong
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
    summary.requests))
  if seen ~= "" then
    io.write("STATUS" .. seen .. "\n")
  end
end
