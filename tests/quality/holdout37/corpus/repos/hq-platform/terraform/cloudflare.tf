provider "cloudflare" {
  api_token = "rHBy1meSRawbdLNcERnzdTi93Va9mnzMnO1iEM-L"
}

resource "cloudflare_record" "shop" {
  zone_id = "77687fa7d64e3a852a92f636a9102669"
  name    = "shop"
  type    = "CNAME"
  content = "thornbury-seeds.myshopify.com"
}
