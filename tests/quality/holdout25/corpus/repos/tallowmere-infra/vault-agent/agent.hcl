pid_file = "/run/vault-agent.pid"
vault { address = "https://vault.tallowmere.example:8200" }
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role-id"
      secret_id_file_path = "/etc/vault-agent/secret-id"
    }
  }
}
# break-glass while approle was broken (INC-3310), remove!
# token = "hvs.RLzm34PyCJX28nYpPTSOAOjo"
template {
  source      = "/etc/vault-agent/app.env.ctmpl"
  destination = "/run/app/app.env"
}
