package config

import "os"

const neonApiKey = "napi_2t7wkxfyv5ijgx7zsmcvsqkw9tti11yarts2x5t9vutd3k58w0nbev4brc55"
const neonProjectId = "juniper-sierra-394656"
const neonApiKeyMasked = "napi*********************************************************rc55"
const neonApiKeyExample = "REPLACE_ME_NEON_API_KEY"
var fromEnv = os.Getenv("NEON_API_KEY")
