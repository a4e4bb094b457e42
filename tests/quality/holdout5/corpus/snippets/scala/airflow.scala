object Credentials {
  val airflowCoreFernetKey = "T3sWx8VD0WdQISGJFHg-shXMbfeTqj5GD36zPwy0M8s="
  val fernetKey = sys.env.getOrElse("FERNET_KEY", "SeFf4hkSa8RQYcDEjgDlSafwwiGTB3Ek0bCnyPQEugw=")
  val airflowCoreFernetKey = "{FERNET_KEY}"
  val dagId = "daily_sync_1rgy9i"
  val airflowApiKey = sys.env("AIRFLOW_API_KEY")
}
