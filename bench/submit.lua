-- wrk script: POST one quick-check response per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers": {"named-owner": "no", "value-measure": "campaign-results", "acquisition-targets": "agree", "value-drivers": "disagree", "owner-can-change": "disagree", "kpis-conflict": "agree", "reallocation": "next-plan", "reports-not-acted": "dont-know", "project-assets": ["crm", "dashboards"], "initiative-model": "project", "followed-up": "agree", "stopped-recently": "no"}}'
