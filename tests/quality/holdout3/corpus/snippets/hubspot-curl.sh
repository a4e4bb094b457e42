curl --request GET --url https://api.hubapi.com/crm/v3/objects/contacts \
  --header 'authorization: Bearer pat-eu1-acd4ef47-78fe-416d-a009-0c98c2b8738d'
curl -X POST https://api.hubapi.com/localdevauth/v1/auth/refresh -d '{"encodedOAuthRefreshToken":"CiRldTEtZTU0MC1mYTg5LTAwMTMtNmI5YTZmZTU3NzFmEJWe0RMYxq26IioZAAVStMySJX6aOZssHZgw7UAtkDdt2ZbvE0oDZXUx"}'
curl 'https://api.hubapi.com/oauth/v1/access-tokens/CPtcKRTy_kHsMbSon37IURtLqciuRhyNavFzwkmm66NYHZN_ripGF1y5Q1_RY80x6R0d1xtEPIhHn1snEqpQ74Jr0UGo4TlD_HaMzhpjeXtW-od5DeXZQhalTiVQ'
curl https://api.hubapi.com/crm/v3/objects/contacts -H "Authorization: Bearer ${HUBSPOT_ACCESS_TOKEN}"
curl 'https://api.hubapi.com/oauth/v1/refresh-tokens/<refresh_token>'
