region              = "eu-central-1"
instance_type       = "t3.large"
cloudflare_zone_id  = "fb252c074006555539aaf640b923e5d9"
fastly_api_key      = "dVMCBCntPlKdYsA_dbH2spYZ9ed3EAc3"
datadog_app_key     = "266cb6dcf3a83b080eb56f63b75ee34499ed6741"
aws_account_id      = "274633192975"
okta_org            = "lumen"
okta_token          = "00LRs7gyOk2l5KbBAqC-7TOU4FbVucJHv8njQ0ciuw"
tags = {
  owner = "platform"
}
