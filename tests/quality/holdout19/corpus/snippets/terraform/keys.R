library(httr2)

Sys.setenv(TF_TOKEN_app_terraform_io = "6YgwDN4ASc82mL.atlasv1.NclNU3nG93Xo6QCFW5yZIg6e0NdpNMguCmQyD9kVk36Tjrm5xB6CRLosN0WOr9TDOjr")
Sys.setenv(TFC_WORKSPACE_ID = "ws-gDtNlrIzocl3e9tq")
Sys.setenv(TF_TOKEN_app_terraform_io_SHA256 = "f5e1d388edb61069b88bcc0248ed535a8ff1ff2fed27c712b46ab0a91c0308ca")
Sys.setenv(TF_TOKEN_app_terraform_io_EXAMPLE = "************")
tf_token_app_terraform_io <- Sys.getenv("TF_TOKEN_app_terraform_io")
