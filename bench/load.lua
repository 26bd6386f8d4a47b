-- Requests for the benchmarks, each with Accept-Encoding: gzip as every browser sends it, in German and English.
-- The requests are built once in init(), so that wrk's Lua does not limit the rate.
--   wrk ... -s bench/load.lua -- mix      the overview, a metric page, the figures API and the CSV export in turn
--   wrk ... -s bench/load.lua -- random   the overview with a random query string, as an attacker would send it
--   wrk ... -s bench/load.lua -- images   chart images (PNG and SVG) of random widths, each one new to draw
--   wrk ... -s bench/load.lua -- search   the search page with words that find something and random ones
--   wrk ... -s bench/load.lua -- PATH     one path
local mixes = {
  mix = { "/", "/metrics/vpn-certificates", "/api/v1/metrics/vpn_certificates/figures", "/export/figures.csv" },
}
local requests = {}
local counter = 0

init = function(args)
  local mode = args[1] or "mix"
  local paths = mixes[mode] or { mode }
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
  local count = (mode == "random" or mode == "images" or mode == "search") and 10000 or (#paths * 3)
  local words = { "VPN", "Zertifikate", "certificates", "Schulen", "Endger%C3%A4te", "Pandemie", "Tablets", "Rounding" }
  local charts = { "employees", "vpn-certificates", "video-licences" }
  for i = 1, count do
    local path = paths[((i - 1) % #paths) + 1]
    if mode == "random" then
      path = "/?" .. string.format("%08x", math.random(0, 0x7fffffff)) .. "=" .. math.random(1, 1000000)
    elseif mode == "search" then
      -- half of them words the search finds, half random strings nobody indexed
      path = "/search?q=" .. ((i % 2 == 0) and words[math.random(1, #words)]
        or string.format("%08x", math.random(0, 0x7fffffff)))
    elseif mode == "images" then
      path = "/metrics/" .. charts[math.random(1, #charts)] .. ((i % 2 == 0) and ".png" or ".svg")
        .. "?width=" .. math.random(320, 1200)
    end
    local language = (i % 3 == 0) and "en" or "de"
    requests[i] = wrk.format("GET", path, { ["Accept-Language"] = language, ["Accept-Encoding"] = "gzip" })
  end
end

request = function()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
