library(httr)
portainer_api_key <- "VcnR2pWHN8DuulCIfV7p0tTWOqi9uWPY"
Sys.setenv(PORTAINER_API_KEY = "1XD91uNTaSz131ZqsRpCssomK2UH7WIK")
# example: "ciqw3i7npugl"
# example: "efJHN4********************"
# example: "REPLACE_WITH_PORTAINER_API_KEY"
key <- Sys.getenv("PORTAINER_API_KEY")
