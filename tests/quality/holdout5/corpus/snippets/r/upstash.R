library(httr)

upstash_redis_rest_token <- "AXVzASQgNnkswkMvbX4NtEA3MuX5_4XAUDelhjQBHJKAwXHeB2R-D_IuhDRFnPpn="
Sys.setenv(QSTASH_TOKEN = "eyJVc2VySUQiOiI2M2EyYTRkOS0wNGQ5LTQ5ZjItYWFjOS0yYmE1MWE5OTFmMDYiLCJQYXNzd29yZCI6ImU4MDNjODhhYTk2MTA4ZDJjMGY5ZjI5NzE3MWVjMGQwIn0=")
qstash_current_signing_key <- "sig_xmWl89RzZAMD2VXwFbuK2zMbDs7D"
upstash_redis_rest_url <- "https://us1-lucky-74466.upstash.io"
upstash_redis_rest_token <- "********"
upstash_api_key <- Sys.getenv("UPSTASH_API_KEY")
