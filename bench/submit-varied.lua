-- wrk script: POST quick-check responses with random answers, so scores spread over many buckets.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local likert = {"strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"}
local yesno = {"yes", "no"}
request = function()
  local function l() return likert[math.random(#likert)] end
  local body = string.format('{"answers": {"named-owner": "%s", "acquisition-targets": "%s", "owner-can-change": "%s",'
    .. ' "kpis-conflict": "%s", "combined-picture": "%s", "value-drivers": "%s", "handed-over": "%s",'
    .. ' "stopped-recently": "%s", "long-term-weight": %d}}',
    yesno[math.random(2)], l(), l(), l(), l(), l(), l(), yesno[math.random(2)], math.random(0, 10))
  return wrk.format(nil, nil, nil, body)
end
