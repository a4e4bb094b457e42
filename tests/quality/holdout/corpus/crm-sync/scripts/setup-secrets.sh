#!/bin/sh
# one-time: store the private app token as a serverless secret
hs secrets add HUBSPOT_PRIVATE_APP_TOKEN pat-na1-98313ea3-1a1f-47e1-8e04-30bbd15e32a0
hs auth --account=acme-qa --personal-access-key CiRuYTEtNjMyMi01MDdjLTcxYjMtZTg2Ni1lZTJhM2QyYjE5MDUQpLjTzgMYjKXDDioZAAVeiNbgJPDnXeQrgythNqHmspmDALL-J0oDbmEx
hs accounts use acme-prod
# developer settings for the public app
curl -s "https://api.hubapi.com/webhooks/v1/79635649/settings?hapikey=eu1-f2a0-28a1-5872-c980-66a0c6597eef" | jq .
