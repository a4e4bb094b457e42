actor Main
  let zoho_refresh_token: String = "1000.719474c04e6c73c72d9d7d3f2d3df655.150014c27aa44e11041b2abeadb3f435"
  req("Authorization") = "Bearer 395a41c45b93cb32227d62ef63d118f023b40880c6"
  let zoho_client_id: String val = "1000.FRFSOIRMKZG8QPCSMKK2BYIGGYXRHW"
  let zoho_org_id: String val = "745371593"
  let zoho_token = EnvVars(env.vars)("ZOHO_TOKEN")
