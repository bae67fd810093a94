-- wrk script: posts one GraphQL query per request, cycling through names read from a file.
-- Environment: NAMES (file, one name per line), OFFSET (see setup), MODE = resolve | batch | search (search sends the first 5
-- characters, as a search box does after a few keystrokes; batch sends BATCH names, default 10, per resolveNames).
local names = {}
local mode = os.getenv("MODE") or "resolve"
local batch = tonumber(os.getenv("BATCH") or "10")
for line in io.lines(os.getenv("NAMES")) do
  names[#names + 1] = line:gsub('\\', '\\\\'):gsub('"', '\\"')
end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

-- OFFSET (default 0): where in the file the threads start, so that a run can ask names an earlier run did not.
local start = tonumber(os.getenv("OFFSET") or "0")
function setup(thread)
  counter = counter + 1
  thread:set("offset", start + counter * 7919)
end

function init(args)
  position = offset
end

-- The first n characters of a UTF-8 string (Lua's sub counts bytes).
local function prefix(text, n)
  local chars, i = 0, 1
  while i <= #text do
    local byte = text:byte(i)
    if byte < 0x80 or byte >= 0xC0 then
      chars = chars + 1
      if chars > n then return text:sub(1, i - 1) end
    end
    i = i + 1
  end
  return text
end

function request()
  position = position + 1
  local name = names[(position % #names) + 1]
  local query
  if mode == "batch" then
    local list = {}
    for i = 1, batch do
      list[i] = '"' .. names[((position * batch + i) % #names) + 1] .. '"'
    end
    query = '{"query":"query($n: [String!]!) { resolveNames(names: $n) { decision candidates { score person { id name } } } }","variables":{"n":[' .. table.concat(list, ",") .. ']}}'
  elseif mode == "search" then
    local typed = prefix(name, 5)
    query = '{"query":"query($s: String) { people(search: $s, first: 10) { edges { node { id name } } } }","variables":{"s":"' .. typed .. '"}}'
  else
    query = '{"query":"query($n: String!) { resolveName(name: $n) { decision candidates { score person { id name } } } }","variables":{"n":"' .. name .. '"}}'
  end
  return wrk.format(nil, "/graphql", nil, query)
end

function done(summary, latency, requests)
  local per = mode == "batch" and batch or 1
  io.write(string.format("%s: %d requests, %.0f req/s (%.0f names/s), latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, errors %d\n",
    mode, summary.requests, summary.requests / (summary.duration / 1e6), per * summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
