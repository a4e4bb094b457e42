#!/usr/bin/awk -f
BEGIN {
    cred["recurly"] = "eb42fec77e3b87f4862af280c9329c0d"
    recurly_public_key = "ewr1-oMfAXZDVhP4dznJUJzwypO"
    recurly_api_key_masked = "eb42************9c0d"
    recurly_api_key_example = "not-set"
    from_env = ENVIRON["RECURLY_API_KEY"]
}
