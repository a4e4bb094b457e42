library(httr2)

req <- request("https://api.airtable.example") |> req_auth_bearer_token(token = "patm36n3472nUAbhV.d3b1e7aab774bf6bf12d9b23299888941ffed565decfb68c5fea165c0a739b4a")
Sys.setenv(AIRTABLE_BASE_ID = "appBOjvZ7C4XQCyUm")
Sys.setenv(AIRTABLE_TABLE_ID = "tblnB03T6jpObX6fH")
Sys.setenv(AIRTABLE_API_KEY_MASKED = "patm************9b4a")
Sys.setenv(AIRTABLE_API_KEY_EXAMPLE = "[REDACTED]")
airtable_api_key <- Sys.getenv("AIRTABLE_API_KEY")
