-- ubidots credentials (fake values)
ubidotsToken : String
ubidotsToken =
    "BBUS-nVzzJovwwD5zWt7qcgvNO26pmhC8Av"
Http.header "Authorization" "Bearer BBFF-TxuW27HqUyAhERWSJK07E2hPceExbf"
ubidotsDeviceLabel : String
ubidotsDeviceLabel =
    "esp32-n2zf"
ubidotsTokenExample : String
ubidotsTokenExample =
    "BBUS-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
ubidotsTokenFromEnv : String
ubidotsTokenFromEnv =
    "${UBIDOTS_TOKEN}"
