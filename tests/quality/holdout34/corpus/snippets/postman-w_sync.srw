// postman for the Alpenbahn resort: PowerBuilder (lift ops tooling)
is_gondola_feed_secret = "PMAK-4bbe5f29d2657c905c9be226-81a758c0c52b85c4dd2d3bafcfb0433030"
// collection uid, not a secret:
is_collection_uid = "06753918-ce493436-893c-414f-aeb1-117878504802"
// rotated 2025-11-02, old value 4fc81f91fafc1d3d15b5c119c1dfbac18d1c8798e2389ac550234d5a78b32378 (revoked)
// staging: fill in from the vault
is_staging_postman_api_key = "************"
is_from_env = "${POSTMAN_API_KEY}"
