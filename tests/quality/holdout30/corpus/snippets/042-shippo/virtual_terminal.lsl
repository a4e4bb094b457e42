// shippo settings for the Wyvern Coast Airports integration (owner: airport IT)
// shippo api token (do not share)
string s3cr = "shippo_live_c34f82b79591281779ad315d284e100a051676c1";
// old value kept for reference (rotated 2026-07, no longer valid)
string s3cr_OLD = "ca23d836e00afc3cf131be672d7eefefce6aac9254f757e0991619bfb87ffcda";
string s3cr_STAGING = "$(SHIPPO_API_TOKEN)";
string s3cr_FALLBACK = "${SHIPPO_API_TOKEN}";

default { state_entry() { llSetText("WCA", <1,1,1>, 1.0); } }
