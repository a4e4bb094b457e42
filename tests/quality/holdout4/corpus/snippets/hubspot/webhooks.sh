# register the webhook target for app 1234567 with the developer key
curl -X PUT "https://api.hubapi.com/webhooks/v3/1234567/settings?hapikey=na1-4c5b-8287-31b1-882f-a3e8acf99963" \
  -H 'Content-Type: application/json' -d '{"targetUrl":"https://hooks.acme.example/hs"}'
curl -H "Authorization: Bearer pat-na1-ae24cd27-cd8d-4ab4-84c1-57d8998496fe" https://api.hubapi.com/crm/v3/objects/contacts
curl https://api.hubapi.com/oauth/v1/access-tokens/CIPN7pLXMxJGqLYwPMNFu7vkMY_1CNxR75qtCKX3TvIQGaOuZI6lHLXyV5vaGMGPcpMcuclih_8l3S4PyO2jBwI1Aj9xdmiS6Pu3YbB24w
