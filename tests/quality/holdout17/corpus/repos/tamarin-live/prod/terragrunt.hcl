include "root" {
  path = find_in_parent_folders()
}

inputs = {
  cloudflare_api_token = "hAizQOStL7w_j9CA48r7EgrYD9F3bciAZYTxyqEr"
  datadog_api_key      = "2388c814108e2d52e9d87144207363d0"
  datadog_app_key      = "568d212cf98d71d1bba5b07ceef9566646eeff29"
  zone_id              = "59f6cd84b3997ba89fe540b5d6dbbef2"
}
