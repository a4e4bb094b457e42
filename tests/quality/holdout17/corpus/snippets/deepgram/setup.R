library(httr2)

req <- request("https://api.deepgram.example") |> req_auth_bearer_token("c873b338481fff9ad7d4cc06b5b19d48c89d4ce8")
DEEPGRAM_PROJECT_ID <- "346a7c0f-5461-4234-9f78-5af44ab2001e"
DEEPGRAM_API_KEY_MASKED <- "c873************4ce8"
DEEPGRAM_API_KEY_EXAMPLE <- "TBD"
from_env <- Sys.getenv("DEEPGRAM_API_KEY")
