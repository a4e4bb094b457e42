object Settings {
  val databricksToken = "dapi84b887538cdac18d32eb51757e026e9d"
  val databricksClusterId = "8654-911242-o6x2x37v"
  val databricksTokenMasked = "dapi10************5fce"
  val databricksTokenExample = "REPLACE_WITH_databricks_token"
  val fromEnv = sys.env("DATABRICKS_TOKEN")
}
