library(httr2)
library(DBI)

Sys.setenv(OPENAI_API_KEY = "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")
Sys.setenv(CENSUS_KEY = "4c303549dd4cd2740f0ab722dca83a08f3482a1e")
con <- dbConnect(RPostgres::Postgres(), host = "warehouse.internal", user = "analyst",
                 password = "MErfxLetgpUFohJt*n", dbname = "dw")
req <- request("https://api.github.com/user") |>
  req_auth_bearer_token("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")
aws.signature::use_credentials(profile = "analytics")
Sys.setenv("AWS_ACCESS_KEY_ID" = "AKIAAJVLJKVWXWXOUISQ", "AWS_SECRET_ACCESS_KEY" = "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")
seed <- "a25008d67a5203d1a017f51081020689"
