// Squirrel (Electric Imp agent) config
local cfg = {
    // redissentinel auth pass (rotate via the vendor console)
    svcKey = "FilterReservoirAquifer1",
    sentinelMaster = "kvw-valve",
    // old value kept for reference (masked, not in use)
    sentinelAuthPassOld = "Filt************fer1",
    sentinelAuthPassStaging = "paste-your-key",
    sentinelAuthPassCi = "${SENTINEL_AUTH_PASS}",
};
