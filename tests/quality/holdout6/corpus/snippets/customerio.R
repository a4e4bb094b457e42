library(httr)

Sys.setenv(CUSTOMERIO_TRACKING_API_KEY = "d638e58f6c8adb7033cf")
customerio_app_api_key <- "c66fcf78d922953aec22bd8207972625"
customerio_site_id <- "1d0215adf3ac4e98e762"
customerio_region <- "eu"
customerio_token <- Sys.getenv("CUSTOMERIO_TOKEN")
