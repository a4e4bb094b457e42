library(httr)

res <- GET(url, add_headers(Authorization = paste("Bearer", "18b7f0370da1413ac1b2e72e314ece2c")))
BRAINTREE_ACCESS_TOKEN <- "access_token$production$ps8v7rcxrpien5vy$d392f6b825d71feba02ac939d353708f"
BRAINTREE_MERCHANT_ID <- "sh9v12ijb6e7h56m"
BRAINTREE_PUBLIC_KEY <- "xxu6in0l95tcib1g"
BRAINTREE_PRIVATE_KEY_TRUNCATED <- "18b7f037..."
BRAINTREE_PRIVATE_KEY_EXAMPLE <- "%(BRAINTREE_PRIVATE_KEY)s"
from_env <- Sys.getenv("BRAINTREE_PRIVATE_KEY")
