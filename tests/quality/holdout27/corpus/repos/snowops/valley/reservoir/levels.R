library(httr2)
# pond level sensors at the valley reservoir (LoRaWAN, The Things Stack)
tts_key <- "NNSXS.HVKXMY7T73EIB4FZQ6UGZI6SGEZH6DXAPZO5EP2.TNU2NG66TMMSEV36SO5BEAMSPACQOAZSOXPU4LBDPMLDMYZHWBY4"
req <- request("https://eu1.cloud.thethings.network/api/v3/as/applications/cv-reservoir/packages/storage/uplink_message") |>
  req_auth_bearer_token(tts_key)
