-- wrk script for POST /api/mark: rotates through a few realistic answers.
-- Run: wrk -t2 -c32 -d60s --latency -s src/test/load/mark.lua http://127.0.0.1:8080/api/mark
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {
  '{"rubricId":"trotsky-lost","answer":"Stalin was General Secretary, so he could appoint his supporters to key posts and they voted for him at the Party Congress. Trotsky was arrogant and did not take Stalin seriously."}',
  '{"rubricId":"nkvd-feared","answer":"The NKVD arrested people at night and tortured them until they confessed, so everyone was afraid. Millions were sent to the Gulag labour camps."}',
  '{"rubricId":"power-struggle","answer":"Lenin did not name a successor, so several leaders thought they could take over. The left and right disagreed about the NEP."}',
  '{"rubricId":"purges-effective","answer":"stalin purged the red army so it could not overthrow him and the show trials got rid of his rivals like zinoviev and kamenev"}'
}
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
