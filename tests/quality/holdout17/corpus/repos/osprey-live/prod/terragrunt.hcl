include "root" {
  path = find_in_parent_folders()
}

inputs = {
  cloudflare_api_token = "18_uVDnEhHl2RJl2JICF14WZmjKBrrmwRHeGTTJd"
  datadog_api_key      = "273ef0555537b092a1a55a75215ad05b"
  datadog_app_key      = "e7822e04978671d7e3dbfd6d24841f5ca5b914db"
  zone_id              = "863829c827a40ad19892a3c9527f447e"
}
