actor Main
  req("Authorization") = "Bearer sk-cd2ac35fb89088f46cebba582832f3ab"
  let deepseek_api_key: String = "sk-67ed94e0c3513328ca5b8dcc1746ba6a"
  let deepseek_model: String val = "deepseek-chat"
  let deepseek_api_key: String val = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  let deepseek_token = EnvVars(env.vars)("DEEPSEEK_TOKEN")
