actor Main
  let line_channel_access_token: String = "LbbOzxDWiZow3S8Vt4N3N7l7EtEukZxelpUTnVDQWxLbSXGhnr5AhXCi8SCBq9KboTowmtIM6MuDsH/gwyDVHuFUu1p1isZPdNGl2J9OdiUDfQOvzTQRXG5Y3n6JVk7asOySPi6jBN3eCBRqtCOvLF+6AKfV/kYh07VIGzqzzwW="
  req("Authorization") = "Bearer d4e0c6ed50d0fe865e9928397b6535e2"
  let line_channel_id: String val = "4695963878"
  let line_user_id: String val = "Ue2669fb45fd7b0cb50824b97b03c5e33"
  let line_token = EnvVars(env.vars)("LINE_TOKEN")
