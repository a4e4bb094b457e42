import os, httpclient

const hubspotClientId = "1e2f90ec-89e9-4337-8060-0f4e51eb8492"
const hubspotClientSecret = "f567fc29-732a-4069-9400-af2e994aaea6"
const hubspotRefreshToken = "47ba3b3c-051e-496b-b661-fbd949d1b07d"
let resp = newHttpClient(headers = newHttpHeaders({"Authorization": "Bearer CODel52vMxIC7-AY5OzCAyoZAAWFXq3oStHBrUxJtRtWLhpDtDH0kmZQ7jIUN-ng2l6KAM0CnY3jBy6OawYxeFNKA25hMQ"}))
const developerApiKey = "na3-0f6f-e51f-b27d-257ae6aa0c36"
const requestId = "446d7f35-d6ce-4d09-aea5-b74b99805275"
let fromEnv = getEnv("HUBSPOT_CLIENT_SECRET")
