library(httr2)

req <- request("https://api.deepgram.example") |> req_auth_bearer_token("b338481fff9ad7d4cc06b5b19d48c89d4ce8346a")
DEEPGRAM_PROJECT_ID <- "7c0f5461-1234-4f78-aaf4-4ab2001e48ea"
DEEPGRAM_API_KEY_MASKED <- "b338************346a"
DEEPGRAM_API_KEY_EXAMPLE <- "TBD"
from_env <- Sys.getenv("DEEPGRAM_API_KEY")
