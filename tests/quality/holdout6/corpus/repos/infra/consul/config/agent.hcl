datacenter = "dc1"
data_dir   = "/opt/consul"
encrypt    = "gxPlP6ZEQ+9dI0vsvABTprRXENG50nGyL4BIv/XXbJw="
acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent   = "9ff988b4-a8a4-452e-a092-2d2321f0ea43"
    default = "00000000-0000-0000-0000-000000000002"
  }
}
ui_config { enabled = true }
