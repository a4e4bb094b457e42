include "root" {
  path = find_in_parent_folders()
}

inputs = {
  cloudflare_api_token = "QUgTNT3MMF8PckBBSkqxOVWQ5rRXtT02XFQZi0tI"
  db_password          = "udw1VDTbkE3kMA_Opy"
  pagerduty_token      = get_env("PAGERDUTY_TOKEN")
  snowflake_password = "snowflake://svc_etl:4CkZsODYkprqnSe2McJn@acme-xy32441/ANALYTICS"
  snowflake_account = "acme-xy00940"
  riot_api_key = "RGAPI-9abf226f-494c-4363-9738-c1dbea81d9d6"
  riotgames_puuid = "Xwts_WKyaUMYP91S2fEAVOL50YOLqPMfOHzQcvkPGMeO4kc40CA8ZSiwtOzXKdOqRWyirnTYX3ZD8W"
  infura_api_secret = "fe13ec4e6d772b4f7c56fe362342449e"
  infura_project_id = "03df2b179944e27207f74711fc7d947d"
  onesignal_rest_api_key = "os_v2_app_nspqvuzr4skn6axqcj7fhtoh34pl65hg67wgflhsr4xcwsd2bjwzzb5b7qtqeanwc4igqbfeanyuia7derbn5oqzxhibbo6xcb6n5dawi4tctujmm"
  onesignal_app_id = "9a6f37c9-c30b-4eba-99f8-d98d26384e75"
}
