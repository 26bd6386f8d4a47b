-- Requests for bench/load.sh, in German and English. "pages" are what readers browse; "data" are the API and
-- CSV downloads. wrk ... -s bench/load.lua -- pages
local sets = {
  pages = {
    "/", "/", "/",
    "/metrics/employees", "/metrics/vpn-certificates", "/metrics/video-licences", "/metrics/devices-ordered",
    "/metrics/topic-relevance", "/metrics/employees?from=2014&to=2019",
  },
  data = {
    "/api/v1/metrics", "/api/v1/metrics/employees/figures",
    "/export/metrics/employees.csv", "/export/figures.csv?format=excel",
  },
}
local paths = sets.pages
local counter = 0

init = function(args)
  paths = sets[args[1] or "pages"]
end

request = function()
  counter = counter + 1
  local language = (counter % 3 == 0) and "en" or "de"
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Language"] = language })
end
