-- Requests for the benchmarks, each with Accept-Encoding: gzip as every browser sends it, in German and English.
--   wrk ... -s bench/load.lua -- mix      the overview, a metric page, the figures API and the CSV export in turn
--   wrk ... -s bench/load.lua -- random   the overview with a random query string, as an attacker would send it
--   wrk ... -s bench/load.lua -- PATH     one path
local mixes = {
  mix = { "/", "/metrics/vpn-certificates", "/api/v1/metrics/vpn_certificates/figures", "/export/figures.csv" },
}
local paths
local random = false
local counter = 0

init = function(args)
  local mode = args[1] or "mix"
  if mode == "random" then
    random = true
    paths = { "/" }
  else
    paths = mixes[mode] or { mode }
  end
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if random then
    path = path .. "?" .. string.format("%08x", math.random(0, 0x7fffffff)) .. "=" .. math.random(1, 1000000)
  end
  local language = (counter % 3 == 0) and "en" or "de"
  return wrk.format("GET", path, { ["Accept-Language"] = language, ["Accept-Encoding"] = "gzip" })
end
