library(httr2)
# pond level sensors at the glacier reservoir (LoRaWAN, The Things Stack)
tts_key <- "NNSXS.UARTP5UR4A2DJ6P6QFY4EN325MM3ZWD2VQECTFB.C6G4KXFNM2ZGUSQXTBDZDVXA4E6JGTQL2YP3VWEUXT272GGIVDSI"
req <- request("https://eu1.cloud.thethings.network/api/v3/as/applications/cv-reservoir/packages/storage/uplink_message") |>
  req_auth_bearer_token(tts_key)
