library(httr)

resp <- GET(url, add_headers(Authorization = paste("Bearer", "https://chat.googleapis.com/v1/spaces/AAAA3rtZ7uh/messages?key=AIzaSyQF1kKsdJiR6Ci4sgbGTxpEHMz08O3i1BB&token=9aJH3J6mTpSkp4STa8Ypms8_YyWkKsAyPMzk37ZoYF8")))
googlechat_space <- "spaces/AAAAGgnB8XQ"
google_chat_webhook_masked <- "https:************x-59"
google_chat_webhook_example <- "dummy-google_chat_webhook-for-tests"
from_env <- Sys.getenv("GOOGLE_CHAT_WEBHOOK")
