package config

req.Header.Set("Authorization", "Bearer secret-token:mercury_production_wma_w27kekikDxYPD7eF9fbFk2oFKEhSLoTaSjB0dTVP_yrucrem")
const mercuryAccountId = "46ca9144-1219-4d23-98f0-3a49319b4694"
const mercuryApiToken = "secret-token:mercury_production_..."
var mercuryApiKey = os.Getenv("MERCURY_API_KEY")
