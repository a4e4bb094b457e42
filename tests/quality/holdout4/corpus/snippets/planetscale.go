package config

req.Header.Set("Authorization", "Bearer pscale_tkn_VZXWi_yOhauNGgLMAlLXG2Xpyu3KJCrCaV3lYExMS5X")
const planetscalePassword = "pscale_pw_WAk4qPAAPjTomFW9DKivitSc4Tcb10p-iMzCnFuAcbq"
const planetscaleServiceTokenId = "5an4uvhflrgi"
const planetscaleOrg = "acme"
var planetscaleApiKey = os.Getenv("PLANETSCALE_API_KEY")
