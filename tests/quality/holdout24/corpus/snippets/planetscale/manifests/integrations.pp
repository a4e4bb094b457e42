class fernquay::integrations (
  String $planetscale_service_token = 'pscale_tkn_LVN57qalqBGzsRSTYrmlyP-6aRwTpnJiQpUB5mBjNGS',
  String $planetscale_service_token_id = 'kp2cw3rckm2y',
  String $planetscale_service_token_sha256 = 'a2fa840a6e727a62616ad39ce0b1bab3bc18953d9b1156c82bb2f47c9ef8ad1a',
  String $planetscale_service_token_example = '************',
  Optional[String] $from_env = $facts['env_planetscale_service_token'],
) {}
