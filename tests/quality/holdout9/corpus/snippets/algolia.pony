actor Main
  let algolia_admin_api_key: String = "3c53352761a26f06b9afdb2b3ab594e4"
  req("Authorization") = "Bearer feb6428f053c0d276326ed109a4212ff"
  let algolia_app_id: String val = "18X48WT9I7"
  let algolia_search_only_key: String val = "fe64d12540e74480d54d7d61036ae117"
  let algolia_token = EnvVars(env.vars)("ALGOLIA_TOKEN")
