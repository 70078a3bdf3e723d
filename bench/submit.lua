-- wrk script: POST one quick-check response per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers": {"named-owner": "no", "acquisition-targets": "agree", "owner-can-change": "disagree", "kpis-conflict": "agree", "combined-picture": "dont-know", "value-drivers": "disagree", "handed-over": "agree", "stopped-recently": "no", "long-term-weight": 3}}'
