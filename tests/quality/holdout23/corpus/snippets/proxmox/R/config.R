library(httr)

resp <- GET(url, add_headers(Authorization = paste("Bearer", "4d948c58-ca40-492f-9b1d-285307bd7288")))
Sys.setenv(PVE_TOKEN_ID = "automation@pve!terraform")
Sys.setenv(PVE_NODE_FINGERPRINT = "65:4F:AD:AB:7D:1C:A3:21:43:53:D9:4B:53:BA:9E:6C:91:51:EC:14:F0:BE:74:61:86:39:F0:88:FF:5D:D6:36")
Sys.setenv(PVE_TOKEN_SECRET_SEQUENTIAL = "4d948c58-ca40-0123456789abcdefghijkl")
Sys.setenv(PVE_TOKEN_SECRET_EXAMPLE = "not-set")
k <- Sys.getenv("PVE_TOKEN_SECRET")
