include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "XT7chdUd7FT7vxkn7d7F3hH3t9hx5bwEHjQkDbC4"
  zone_id       = "61f4293f4aea19b1c38d9d5ddbdaa8b7"
}
