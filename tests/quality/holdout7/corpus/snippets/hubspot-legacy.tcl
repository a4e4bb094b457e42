package require http
set url "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d1a5c0b5-5600-402b-8bb0-404e1cecf608&count=100"
set hook "https://api.hubapi.com/webhooks/v3/4813671/settings?hapikey=eu1-e201-ebb7-3846-ceadae85b888"
set hubspot_api_key "cd8c84c4-d798-4029-a572-728f2cd76270"
set correlation "4d44757e-6ee5-482b-91fe-49481286dd5c"
set zero "00000000-0000-0000-0000-000000000000"
set from_env $env(HUBSPOT_API_KEY)
