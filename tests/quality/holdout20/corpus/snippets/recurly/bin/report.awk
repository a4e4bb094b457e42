#!/usr/bin/awk -f
BEGIN {
    cred["recurly"] = "31e376e037633a05c033ffe1a0da509f"
    recurly_public_key = "ewr1-K5zf2IQm97L7Qd3ZQEe1pC"
    recurly_api_key_masked = "31e3************509f"
    recurly_api_key_example = "not-set"
    from_env = ENVIRON["RECURLY_API_KEY"]
}
