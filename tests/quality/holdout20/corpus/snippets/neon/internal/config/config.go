package config

const neonApiKey = "napi_ptvhhtabke45mhiu7k8443x1a0lnst1z84lwz8z2gv3bpg5k6wmxfi27phqxftvn"
const neonEndpointId = "ep-cool-leaf-xd1wnwme"
const neonApiKeyMasked = "napi************ftvn"
const neonApiKeyExample = "YOUR_NEON_API_KEY_HERE"
var fromEnv = os.Getenv("NEON_API_KEY")
