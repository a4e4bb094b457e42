library(httr)

Sys.setenv(AWS_ACCESS_KEY_ID = "AKIAEN4MW75EJREJFGFQ")
aws_secret_access_key <- "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"
Sys.setenv(AWS_ACCESS_KEY_ID = "ASIASJQWQXXMDYIYTKAV")
aws_access_key_id <- "AKIAIOSFODNN7EXAMPLE"
aws_secret_access_key <- "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
aws_api_key <- Sys.getenv("AWS_API_KEY")
