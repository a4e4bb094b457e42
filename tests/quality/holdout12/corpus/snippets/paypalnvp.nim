import os

putEnv("PAYPAL_API_SIGNATURE", "opoAkKdVVlpXCEtGLziYdD3vYpNIiG4WyJGFGVWPm1zyGlomi4fnM0da")
const paypalApiSignature = "ZD15KYTRLTCJC3F3"
let paypalApiSignatureDoc = "odgeprkn_api1.eltrid.com"
let paypalApiSignatureDoc = "%(PAYPAL_API_SIGNATURE)s"
let paypalApiSignatureEnv = getEnv("PAYPAL_API_SIGNATURE")
