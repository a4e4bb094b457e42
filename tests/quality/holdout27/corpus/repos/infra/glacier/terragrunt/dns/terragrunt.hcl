include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "HnuOqFxAYD2JAMpnurQFxk7dxXn2TuFVVxLf8vQ0"
  zone_id       = "158cf6f0f37908ffa1bebe2520e892a7"
}
