#!/usr/bin/awk -f
BEGIN {
    cred["dynatrace"] = "dt0c01.7ZK6XMGE6ZXVG7EGM00GAI21.AMBD3LSOZL87D5OU3K291ZAP458N1KDBCDAYHER1E2MMOQNHMDBFBXIEJ4AMSBQ6"
    dt_platform_token = "dt0s16.L9AEUHQS8NU8LEHOQQPAYE57.YYP3SOHY0L102IG37XQH72EZTIJLMQURMXNJMB0SRBUP5ZPCCCCVF3U3HU4YGWJ4"
    dt_token_identifier = "dt0c01.GDZY2C25EKI39S3MW7050PJA"
    dt_environment_id = "s851m1qi"
    dt_api_token_truncated = "dt0c01.7ZK..."
    dt_api_token_example = "sample"
    from_env = ENVIRON["DT_API_TOKEN"]
}
