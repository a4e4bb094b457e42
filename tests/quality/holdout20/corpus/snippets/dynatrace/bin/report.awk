#!/usr/bin/awk -f
BEGIN {
    cred["dynatrace"] = "dt0c01.SOZL87D5OU3K291ZAP458N1K.DBCDAYHER1E2MMOQNHMDBFBXIEJ4AMSBQ6L9AEUHQS8NU8LEHOQQPAYE57YYP3SO"
    dt_platform_token = "dt0s16.HY0L102IG37XQH72EZTIJLMQ.URMXNJMB0SRBUP5ZPCCCCVF3U3HU4YGWJ4GDZY2C25EKI39S3MW7050PJAS851M1"
    dt_token_identifier = "dt0c01.QIUG4ZXWRX46DRQUML4FDEA7"
    dt_environment_id = "bu4opl4y"
    dt_api_token_truncated = "dt0c01.SOZ..."
    dt_api_token_example = "sample"
    from_env = ENVIRON["DT_API_TOKEN"]
}
