locals {
  bws_access_token = "0.9dff1b06-5b72-4597-920a-3ada0d4b7ddb.GfkEyAEd2SRTawrBVcquSLNBNnNyTE:VXnYZgYRtq5ol0-bMtS8jd=="
  bws_project_id = "83d985c2-5dd9-4e61-869b-9411e5abd359"
  bws_access_token_sha256 = "16bf39712a0b550fabe47c806fe52eb0e4c143611f830b4adf981ef7ad663e56"
  bws_access_token_example = "xxxxxxxxxxxxxxxxxxxxxxxx"
  from_env = var.bws_access_token
}
