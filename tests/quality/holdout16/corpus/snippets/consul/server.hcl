datacenter = "ams1"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3
encrypt    = "/svlozvZNuPOsgJ1aqNHSeGsHPnnVFz3VLMJWKJ1ce0="
encrypt_verify_incoming = true

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    initial_management = "75b4d622-7a40-4289-8edb-97cfa331041f"
    agent              = "c0a236cc-f9e2-4aab-8fa1-519886866c29"
  }
}

node_id = "41484bd1-c7f5-4285-8241-456507339ca9"
ui_config { enabled = true }
