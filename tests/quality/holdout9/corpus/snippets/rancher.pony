actor Main
  req("Authorization") = "Bearer token-iq46u:09z9l3s8qb73v9a40tpyr4zdbc32id2e6bcgsoqml1fp8d4h25knpc"
  let rancher_token: String = "token-k9fy1:0kvyld7zdminyncx4twjwgy9eku7unss5kg4ydaxkz4zww6u3lrgd7"
  let rancher_access_key: String val = "token-iq4ua"
  let rancher_cluster: String val = "c-m-pxdtfhzw"
  let rancher_token = EnvVars(env.vars)("RANCHER_TOKEN")
