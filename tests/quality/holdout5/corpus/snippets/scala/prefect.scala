object Credentials {
  val prefectApiKey = "pnu_o5hpwOIEP52gHEMr5gNWTb3v3OMoc3wlTNv2"
  val prefectSaKey = sys.env.getOrElse("PREFECT_SA_KEY", "pnb_C4JARBlmygMhh9uaeTNvGyqyxwwSQeCPtOfC")
  val prefectApiUrl = "https://api.prefect.cloud/api/accounts/af377345-c257-4e0a-9fc1-37b86ea9ddc9/workspaces/464f7945-4a0a-4bc8-aac8-31cf23ea25c4"
  val prefectApiKey = "pnu_..."
  val prefectApiKey = sys.env("PREFECT_API_KEY")
}
