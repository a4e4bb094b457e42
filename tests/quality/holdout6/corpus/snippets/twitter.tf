
twitter_bearer_token = "AAAAAAAAAAAAAAAAAAAAAAAvnUu8voeo4fyUvkah%3DGKWrlNBTvprkokKtVVMDkjkDHEX6DXC2DAEBf5e89vncBpR5Xr"
locals {
  creds = {
    twitter_consumer_secret = "Wmb4bRCadKz0ymwmeTBMicalwCJbF2VQKNarkXRqSLKxtZ6CS2"
  }
}
resource "null_resource" "twitter" {
  provisioner "local-exec" {
    environment = { TWITTER_ACCESS_TOKEN = "5585508755825400804-MNdYBMi9txD3KxuXZSDIK1Z6aUcG5UVKTEGuKgB0" }
  }
}
twitter_consumer_key = "fy0pKMbFPPitpLgOYMIdomhkl"
twitter_user_id = "9114121487470156475"
twitter_token = var.twitter_token
