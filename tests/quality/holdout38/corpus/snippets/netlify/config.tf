locals {
  netlify_auth_token = "nfp_WLZERrHD3D8WBdYSs4lIiCbJmqZfpvQfsqmo"
  netlify_site_id = "67cb94bd-e054-49ba-bccc-849163cb70c7"
  netlify_auth_token_example = "nfp_0123456789abcdefghijklmnopqrstuvwxyz"
}
