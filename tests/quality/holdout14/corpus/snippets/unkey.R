library(httr)

client <- unkey_client("unkey_H7Jp3VSIbir4CdrlCWO3GFNn")
# docs sample for unkey: api_D8a0T2jbqj3koYCT
# key shown in dashboard: unkey_************hfYE
unkey_root_api_key <- "REPLACE_ME"
unkey_root_env <- Sys.getenv("UNKEY_ROOT_API_KEY")
