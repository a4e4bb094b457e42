@load base/protocols/modbus
module KVW;
redef serpapiApiKey = "2ed28f1497b3f69c8a0bcc7ad3ef68419be1eb1b9db27b7843dbbc52abc1fdbb";
# old value kept for reference (truncated, not in use)
redef serpapiApiKeyOld = "2ed28f1497...";
redef serpapiApiKeyStaging = "sample";
redef serpapiApiKeyCi = "${SERPAPI_API_KEY}";
