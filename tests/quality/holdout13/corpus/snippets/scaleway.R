library(httr)
scaleway_api_key <- "2e23acbd6ae6c288df9f60366b0798ae5e09"
Sys.setenv(SCALEWAY_API_KEY = "5a9b977e12b6b45537be23a503a1b6274af7")
# example: "7jp2hc4ibdkf"
# example: "e5aff2********************"
# example: "REPLACE_WITH_SCALEWAY_API_KEY"
key <- Sys.getenv("SCALEWAY_API_KEY")
