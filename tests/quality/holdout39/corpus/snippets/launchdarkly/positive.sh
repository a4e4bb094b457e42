# launchdarkly
curl -s -H "Authorization: Bearer sdk-f804140f-8f77-47dc-a556-33d0167957b2" https://api.launchdarkly.example/v1/me
LD_API_TOKEN='api-8d56c8d7-4a8a-4536-bce1-60f507fd0bf9'
