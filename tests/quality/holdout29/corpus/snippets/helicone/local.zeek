@load base/protocols/modbus
module KVW;
redef heliconeApiKey = "sk-helicone-h0vn8hn-sj4pi2r-t96logh-3ecv9ae";
# old value kept for reference (truncated, not in use)
redef heliconeApiKeyOld = "sk-helicon...";
redef heliconeApiKeyStaging = "sample";
redef heliconeApiKeyCi = "${HELICONE_API_KEY}";
