# airtable integration (fixture for the config loader)
export AIRTABLE_TOKEN='pattcQxx3SOUoN8Vp.8b84fceb8d1e2d5a92a2d7646f7e1127f01daafb57ea541902650ae21dcf6341'
export AIRTABLE_BASE_ID='appVPdTvO0a6rGjIK'
# rotated on 2025-10-22, old value pattcQxx3S... (revoked)
