library(httr)
vercel_token <- "5ymkDCGsNGmExyXGqT0ACSRJ"
Sys.setenv(VERCEL_TOKEN = "NwApQboLRb54XwhYEMRLRtx1")
# example: "prj_7P0eaKwjBIi6pTPjEJRQtWt4zrRn"
# example: "xoR84q********************"
# example: "REPLACE_WITH_VERCEL_TOKEN"
key <- Sys.getenv("VERCEL_TOKEN")
