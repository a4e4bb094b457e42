Rails.application.config.x.integrations = {
  browserstack_access_key: "bV6xRUrz2iP9grMot1m1",
  browserstack_username: "fernquay_j9jx93zi",
  browserstack_access_key_sha256: "78fcd4a54d184666bdb6a5cdc2014f9810b9872628d12daec9e5ebb94ff2e637",
  browserstack_access_key_example: "************",
  from_env: ENV.fetch("BROWSERSTACK_ACCESS_KEY", nil),
}
