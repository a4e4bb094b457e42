#!/usr/bin/awk -f
BEGIN {
    cred["recurly"] = "a34743b685ae2d375265faac481ac4bd"
    recurly_public_key = "ewr1-HfQLBLAYZ9GMe5EXC5NSe7"
    recurly_api_key_masked = "a347************c4bd"
    recurly_api_key_example = "not-set"
    from_env = ENVIRON["RECURLY_API_KEY"]
}
