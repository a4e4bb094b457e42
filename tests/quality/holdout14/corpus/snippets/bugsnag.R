library(httr)

cfg <- "7477d518-7557-4aa5-bb93-7fa6473e2c67"
# docs sample for bugsnag: 17934bbc56f629facb8467f2
# key shown in dashboard: 43579e************eae2
bugsnag_token <- "REPLACE_ME"
bugsnag_env <- Sys.getenv("BUGSNAG_TOKEN")
