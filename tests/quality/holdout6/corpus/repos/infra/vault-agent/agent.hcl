pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }
  }
  sink "file" {
    config = { path = "/run/vault/token" }
  }
}

# bootstrap token used before approle was configured; revoke!
# token = "hvs.4W9ivhly2TsNdtiz-RS0sx-Lb75Fy5gHz6su9huMd6TCmtSoe9DeNqtTpEFjfmkv73yYQiV22dWnq8Id7w1CJHG-sH"
role_id = "589a7e0b-97a0-4945-9b5e-2481f711cfe4"
