locals {
# planetscale integration (Thornbury Glasshouses, climate and orders platform)
  database_password = "pscale_pw_aSLrBCrCstwL9EM9d0tni1rlsjPpbPY42BGX4QJW8_n"
  planetscale_service_token = "pscale_tkn_lgrigPIUUQnYII8qyfjlyK4PSAgV1fFhgf8gAuJ7l_4"
  database_username = "k2x9q4m7vt1b"
# rotated 2025-11-03 after the laptop loss; old value (revoked): pscale_pw_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG
}
