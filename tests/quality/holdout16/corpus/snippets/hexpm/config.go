package config

import "os"

const hexApiKey = "841844762db9627665a2f5647dafe478"
const hexChecksum = "259db74c153a62841564b7dabcb6447ff4309ba8fd3c6615033d555cd47d57c8"
const hexApiKeySha256 = "a57b16f85346d802eb28511a5a02a273b6fcdc43b37fdc73c1eab1d6e5cac1fd"
const hexApiKeyExample = "{{ HEX_API_KEY }}"
var fromEnv = os.Getenv("HEX_API_KEY")
