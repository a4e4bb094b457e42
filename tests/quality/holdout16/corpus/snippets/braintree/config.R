library(httr)

res <- GET(url, add_headers(Authorization = paste("Bearer", "70da1413ac1b2e72e314ece2c79a81b8")))
BRAINTREE_ACCESS_TOKEN <- "access_token$production$pien5vy0g8se5nxr$25d71feba02ac939d353708f93ade440"
BRAINTREE_MERCHANT_ID <- "6e7h56mxxu6in0l9"
BRAINTREE_PUBLIC_KEY <- "5tcib1gvrc4iy845"
BRAINTREE_PRIVATE_KEY_TRUNCATED <- "70da1413..."
BRAINTREE_PRIVATE_KEY_EXAMPLE <- "%(BRAINTREE_PRIVATE_KEY)s"
from_env <- Sys.getenv("BRAINTREE_PRIVATE_KEY")
