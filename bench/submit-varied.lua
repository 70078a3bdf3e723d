-- wrk script: POST quick-check responses (questionnaire 2.2) with random answers, so scores spread over many
-- buckets as real takers' do. Keep in step with questionnaires/quick-check.yaml (bench/submit.lua too).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local likert = {"strongly-disagree", "disagree", "neutral", "agree", "strongly-agree", "dont-know"}
local yesno = {"yes", "no"}
local measure = {"campaign-results", "first-sale-revenue", "retention", "lifetime-value", "no-shared-measure"}
local reallocation = {"nothing-changes", "next-plan", "within-functions", "across-functions"}
local assets = {"journey-map", "crm", "automation", "dashboards"}
local model = {"project", "project-with-follow-up", "operating-model"}
request = function()
  local function l() return likert[math.random(#likert)] end
  local function pick(t) return t[math.random(#t)] end
  local chosen = {}
  for _, a in ipairs(assets) do
    if math.random(2) == 1 then chosen[#chosen + 1] = '"' .. a .. '"' end
  end
  if #chosen == 0 then chosen[1] = '"none"' end
  local body = string.format('{"answers": {"named-owner": "%s", "value-measure": "%s", "acquisition-targets": "%s",'
    .. ' "value-drivers": "%s", "owner-can-change": "%s", "kpis-conflict": "%s", "reallocation": "%s",'
    .. ' "reports-not-acted": "%s", "project-assets": [%s], "initiative-model": "%s", "followed-up": "%s",'
    .. ' "stopped-recently": "%s"}}',
    pick(yesno), pick(measure), l(), l(), l(), l(), pick(reallocation), l(), table.concat(chosen, ", "),
    pick(model), l(), pick(yesno))
  return wrk.format(nil, nil, nil, body)
end
