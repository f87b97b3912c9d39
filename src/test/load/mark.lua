-- wrk script for POST /api/mark: each request sends the next of many varied answers, so results are not
-- served from warm caches of a handful of texts. Make the bodies file first (see bodies.py), then:
--   BODIES=/tmp/premark-bodies.txt wrk -t2 -c32 -d60s --latency -s src/test/load/mark.lua http://127.0.0.1:8080/api/mark
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {}
for line in io.lines(os.getenv("BODIES") or "/tmp/premark-bodies.txt") do
  bodies[#bodies + 1] = line
end
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
