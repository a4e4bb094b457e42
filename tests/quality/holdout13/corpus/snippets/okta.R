library(httr)
okta_api_token <- "00FeSALFPQ4o6R4aaLbGp2SEPkMB7QB_PAgGlXn_of"
Sys.setenv(OKTA_API_TOKEN = "00jNqqKH4TK2ZloUucqk4Gn2xScP4gvDyTTX1tbB63")
# example: "0oa7Oc0fz8G0VXJolJRC"
# example: "00TaeT********************"
# example: "REPLACE_WITH_OKTA_API_TOKEN"
key <- Sys.getenv("OKTA_API_TOKEN")
