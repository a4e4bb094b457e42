include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "4Xf08UkDbqiIvUBdKJZPqzIshSWxD7MahHznQHtO"
  zone_id       = "4fd5d34fdbf85bff0c3e1eee5f2c7b8e"
}
