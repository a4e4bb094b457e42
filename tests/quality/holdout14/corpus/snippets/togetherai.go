package integrations

import "net/http"

var creds = map[string]string{"togetherai": "tgp_v1_BYGoDDbzNeJECQrDgJxa1J_5Eg-t6AHzNp-Zd9P2OLP"}
const client = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
// key shown in dashboard: tgp_v1************D8cg
const togetherApiKey = "changeme"
togetherEnv := os.Getenv("TOGETHER_API_KEY")
