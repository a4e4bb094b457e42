provider "cloudflare" {
  api_token = "35HpTUuuQOim6JguXCAVGsxRov_N1r4VzxpiYW0A"
}

resource "cloudflare_record" "app" {
  zone_id = "8c82ff5e16ac01e897b295ec44531f44"
  name    = "app"
  type    = "CNAME"
  value   = "rider.brindle-bikes.example"
}
