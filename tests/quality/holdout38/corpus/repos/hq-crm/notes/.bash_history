npm i -g @hubspot/cli
export PRIVATE_APP_ACCESS_TOKEN=pat-na1-58914056-950d-410a-8112-1a2b0c921f5e
curl -s "https://api.hubapi.com/crm/v3/objects/contacts?limit=1&hapikey=92399cc4-6623-45ba-ab24-4cc5a1c46bbc"
curl -s -H "Authorization: Bearer pat-eu1-f2114d56-8fbc-4b74-bac2-8c36f0e66fde" https://api.hubapi.com/crm/v3/owners
hs accounts list
