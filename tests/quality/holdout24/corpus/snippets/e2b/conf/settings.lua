return {
  e2b_api_key = "e2b_1db82a9724947a4d0030a9a7a1a40b70417e4e2c",
  e2b_template = "code-interpreter-v1",
  e2b_api_key_masked = "e2b_************4e2c",
  e2b_api_key_example = "paste-your-key",
  env_e2b_api_key = os.getenv("E2B_API_KEY"),
}
