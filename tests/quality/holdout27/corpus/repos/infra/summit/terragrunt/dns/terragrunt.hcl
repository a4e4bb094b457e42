include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "qOyRD1JZ368xR4BNDVXKm4DOKvbtYjMssQdEhdan"
  zone_id       = "73908c7918953cc853a43aace40a8bfe"
}
