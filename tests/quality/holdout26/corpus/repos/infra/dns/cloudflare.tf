provider "cloudflare" {
  api_token = "KdPKFA-g8S6QzqH05OcWzd3btL-DgEuCyv7lRTyX"
}

resource "cloudflare_record" "tix" {
  zone_id = "f13705f47ae38332c3c57e7baa082f98"
  name    = "tix"
  value   = "20.77.14.3"
  type    = "A"
}
