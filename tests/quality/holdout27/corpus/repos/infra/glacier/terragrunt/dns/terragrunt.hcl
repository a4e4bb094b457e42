include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "5rEFucwDxCfk8fVS2Wa9CrJtfv8QokDuUoAfp6Xh"
  zone_id       = "baf6322cdff479d08102b781fd8308ae"
}
