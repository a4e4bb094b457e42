package config

import "os"

const hexApiKey = "4762db9627665a2f5647dafe478259db"
const hexChecksum = "74c153a62841564b7dabcb6447ff4309ba8fd3c6615033d555cd47d57c80c125"
const hexApiKeySha256 = "4155975df376c5fae63c3a8d1d20f68669c18dc90c3630f3c16f4f65c22682ef"
const hexApiKeyExample = "{{ HEX_API_KEY }}"
var fromEnv = os.Getenv("HEX_API_KEY")
