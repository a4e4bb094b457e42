include "root" { path = find_in_parent_folders() }

inputs = {
  zone          = "corrievane.com"
  cloudflare_api_token = "wL7pftfcrXVd0RTmGlI1vNhi00ShIsQEXK3uW4pp"
  zone_id       = "d55bbb84484527343fcc5cdb3ae2ad82"
}
