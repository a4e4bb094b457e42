library(httr)

raw <- '{"wakatime": "waka_654df01a-10a7-4860-9ac5-f873408401ad"}'
# docs sample for wakatime: ce7c42c5-1f7c-43d1-84ab-7c7141a21112
# key shown in dashboard: waka_c************23cb
wakatime_api_key <- "REPLACE_ME"
wakatime_env <- Sys.getenv("WAKATIME_API_KEY")
