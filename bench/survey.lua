-- Requests of many members at once for bench/survey.sh: each request carries the session cookie of one of the
-- logged-in members in turn, and Accept-Encoding: gzip as every browser sends it.
--   wrk ... -s bench/survey.lua -- PATH COOKIE_FILE [PAUSE_MS]    (one "SESSION=..." cookie per line)
-- With PAUSE_MS, each connection waits about that long (between half and one and a half times, at random) after
-- each answer before its next request, as a member who reads the page does: 20 connections are then 20 members at
-- once, arriving independently, not 20 clients that never pause or that ask in lockstep.
local requests = {}
local counter = 0
local pause = 0

init = function(args)
  local path, file = args[1], args[2]
  pause = tonumber(args[3] or "0")
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
  local i = 0
  for cookie in io.lines(file) do
    i = i + 1
    requests[i] = wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept-Encoding"] = "gzip",
      ["Accept-Language"] = "de" })
  end
end

request = function()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

delay = function()
  if pause == 0 then
    return 0
  end
  return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2))
end
