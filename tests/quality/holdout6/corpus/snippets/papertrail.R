library(httr)

Sys.setenv(PAPERTRAIL_API_TOKEN = "jxUeHkPgUqb8pkDN0qhd")
papertrail_host <- "logs8.papertrailapp.com:26812"
papertrail_system <- "3788825548"
papertrail_token <- Sys.getenv("PAPERTRAIL_TOKEN")
