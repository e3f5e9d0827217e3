-- wrk -s bench/lib/wrk-start.lua … URL -- CONNECTIONS
-- Holds each connection's first request for 100 ms, so that the server has accepted every
-- connection before the load starts. wrk opens all its connections at once; libuv (1.45 and later,
-- Node 20 has 1.46) accepts one connection per turn of the event loop, so under load the last of 64
-- connections waited up to 1.4 s for its first answer, and wrk, which corrects its latencies for
-- coordinated omission, turned those few waits into the p99 (README, Performance: "What wrk's p99
-- measured"). wrk does not count the time a request is held: its clock starts at the write.
local connections = 64
local held = 0

function init(args)
  connections = tonumber(args[1]) or connections
end

function delay()
  if held < connections then
    held = held + 1
    return 100
  end
  return 0
end
