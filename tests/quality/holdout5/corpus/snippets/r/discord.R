library(httr)

discord_token <- "MjIxNjU3MzAwNTA1MTI2NDQxMA.zCDDRP.YUc1S1TbgniicJUYr4-PSLXhDVXxqzgZVLz3cw"
Sys.setenv(DISCORD_WEBHOOK_URL = "https://discord.com/api/webhooks/9534543110676369115/idTxNRorT7Beg8Onpa6NG27xyU740iTBt6ENUhUfCQgCJrpkpB8NqNu1E5oemOmJD_rJ")
discord_application_id <- "1915743019446277377"
discord_public_key <- "363b64b2377c619a1c1fc83cbae757ae370bedcc5202b98343f497afb7a4ae45"
discord_api_key <- Sys.getenv("DISCORD_API_KEY")
