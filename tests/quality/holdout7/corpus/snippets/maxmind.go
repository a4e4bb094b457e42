package config

const maxmindLicenseKey = "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"
var Default = Config{APIKey: "0RKccLAIFiub3Po6", Timeout: 30}
const maxmindAccountId = "241161"
const maxmindLicenseKey = "YOUR_LICENSE_KEY"
var maxmindToken = os.Getenv("MAXMIND_TOKEN")
