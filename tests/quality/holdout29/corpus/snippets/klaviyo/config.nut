// Squirrel (Electric Imp agent) config
local cfg = {
    // klaviyo private api key (rotate via the vendor console)
    theSecret = "pk_788aace9635282376418ba293adb3b93b4",
    klaviyoCompanyId = "7L6B2O",
    // old value kept for reference (sha256_of_key, not in use)
    klaviyoPrivateKeyOld = "ba78a3896128e185f21d31a26377312490176f65be23395c9d65595882ebb9a1",
    klaviyoPrivateKeyStaging = "xxxxxxxxxxxxxxxxxxxxxxxx",
    klaviyoPrivateKeyCi = "${KLAVIYO_PRIVATE_KEY}",
};
