include "root" {
  path = find_in_parent_folders()
}

inputs = {
  fastly_api_key = "G-Wifw-J_UYd3GTm8FDlcTQQWR1La3jY"
  service_name   = "www-brackenfield"
  backend_host   = "origin.brackenfield.example"
  purge_secret   = get_env("FASTLY_PURGE", "")
}
