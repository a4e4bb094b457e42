vault {
  address = "https://vault.internal:8200"
  token   = "hvs.CAESIbCIOJ7iDp5HponTjlWM3Jztv364Rxu8riy_WNF6jhtWZLDWUtvb9h7EE41fTSSBjlKVPTs-dtJKqYS7ZBHyCTM"
  renew_token = false
}
template {
  source      = "/etc/moraine/env.tpl"
  destination = "/etc/moraine/env"
}
# role_id for approle login (not secret on its own): 616503df-c65a-4b53-a75a-6cc9eb032f0d
