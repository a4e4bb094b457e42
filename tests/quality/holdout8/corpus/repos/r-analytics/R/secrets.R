# run once per session
Sys.setenv(
  AIRTABLE_API_KEY = "patKh6k6QkUbsBgxG.21af112b6b5df15ead82bd1e7f2a6ffd86efe57e832fae69ed1250aa429893e7",
  ASANA_ACCESS_TOKEN = "1/2191463444456398:95b4f59df3ea214740963dfbdf8054e4",
  NOTION_TOKEN = "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",
  SLACK_TOKEN = "xoxb-630239842028-1198057028064-ld5tELfqaRz373iTHOaTrfXV",
  GOOGLE_ANALYTICS_ID = "G-VTVAT7RYHK"
)
options(gargle_oauth_email = "analyst@acme.example")
smartsheet_token <- "hsKfmMGeFL9HZeLZL12bakYl9EPe1oyOWkZSS"
