// Squirrel (Electric Imp agent) config
local cfg = {
    // customerio api key (rotate via the vendor console)
    mainToken = "cb5aedb8e6357fb207b53d1db68472b9",
    customerioSiteId = "dbea4971d821f777fdd0",
    // old value kept for reference (sha256_of_key, not in use)
    customerioAppApiKeyOld = "fd0bd904ed1b53f8372cc2c1bec9faf864e6a654fab2dbbf24a7e6b0f07d2734",
    customerioAppApiKeyStaging = "xxxxxxxxxxxxxxxxxxxxxxxx",
    customerioAppApiKeyCi = "${CUSTOMERIO_APP_API_KEY}",
};
