@echo off
curl "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=aedf94f7-43aa-49a9-9744-5fe9db8b9530&count=100"
curl -X POST "https://api.hubapi.com/webhooks/v3/7800911/settings?hapikey=na1-85c7-4cc6-1ee6-325b-fae3486b8196"
set "HUBSPOT_API_KEY=pat-na2-ca1cfc2f-f013-4289-aa49-427d88293b17"
rem template: ?hapikey={{hapikey}}
set "HUBSPOT_PLACEHOLDER=00000000-0000-0000-0000-000000000000"
