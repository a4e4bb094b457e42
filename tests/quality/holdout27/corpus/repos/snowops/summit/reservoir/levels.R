library(httr2)
# pond level sensors at the summit reservoir (LoRaWAN, The Things Stack)
tts_key <- "NNSXS.YRDVTR6AF5OC34WNK5AWICJJAS4JRHXF2C2SNFM.YZPDQJAWCVSXHLAXCPGOFUCOZUMZTZL44AIS4CS4QK5H5OFRBNTB"
req <- request("https://eu1.cloud.thethings.network/api/v3/as/applications/cv-reservoir/packages/storage/uplink_message") |>
  req_auth_bearer_token(tts_key)
