datacenter = "ams1"
data_dir   = "/opt/consul"
encrypt    = "12K/PK5iE62ZpGyTTsMbI7buRkBZpk7Nn78TwAkScxn="

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent   = "be1e79de-39d1-4cd2-b177-7c52a2d5a924"
    default = "00000000-0000-0000-0000-000000000002"
  }
}

node_id = "b1a838a5-dabb-4b74-9398-cbdd49eafaf2"
