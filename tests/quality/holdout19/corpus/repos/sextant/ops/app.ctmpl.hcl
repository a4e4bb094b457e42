vault {
  address = "https://vault.internal:8200"
  token   = "hvs.CAESI4_wDjdm33tS1ypItR9qMhI1zOrj7tNf0aU5aeGH8euLItM31xtsCvp-VFHPdsDwI7JzqiVos5sMAfT0AHUdU56"
  renew_token = false
}
template {
  source      = "/etc/sextant/env.tpl"
  destination = "/etc/sextant/env"
}
# role_id for approle login (not secret on its own): 534ecb75-e05b-4a21-b014-f613ce55595d
