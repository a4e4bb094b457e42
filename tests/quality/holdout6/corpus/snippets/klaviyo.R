library(httr)

klaviyo_private_key <- "pk_1c4c5c046e357825b022267eab313b5273"
klaviyo_public_key <- "Ugsr2G"
klaviyo_list_id <- "63kbei"
klaviyo_token <- Sys.getenv("KLAVIYO_TOKEN")
