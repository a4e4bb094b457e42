import os, httpclient

const snowflakePassword = "N7EFNW%72FhJCqR-52"
putEnv("SNOWFLAKE_URL", "snowflake://etl_user:qTM5cj^1mHHqhAp-18@xy74892.us-east-1/analytics/public?warehouse=etl_wh")
let snowflakeAccount = "xy98262.us-east-1"
let snowflakePassword = "<password>"
let snowflakeToken = getEnv("SNOWFLAKE_TOKEN")
