package config

const neonApiKey = "napi_0lnst1z84lwz8z2gv3bpg5k6wmxfi27phqxftvn7esxd1wnwmeoq9jmztiwzb530"
const neonEndpointId = "ep-wild-sun-80klxtz7"
const neonApiKeyMasked = "napi************b530"
const neonApiKeyExample = "YOUR_NEON_API_KEY_HERE"
var fromEnv = os.Getenv("NEON_API_KEY")
