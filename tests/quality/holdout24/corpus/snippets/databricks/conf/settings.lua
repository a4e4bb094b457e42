return {
  databricks = { "dapi09d8e06025ba09abae6086f73df4d8b8", timeout = 30 },
  databricks_cluster_id = "0412-630361-aly2vdd2",
  databricks_workspace_id = "9279336035725766",
  databricks_token_masked = "dapi************d8b8",
  databricks_token_example = "not-set",
  env_databricks_token = os.getenv("DATABRICKS_TOKEN"),
}
