import os

putEnv("PAYPAL_API_SIGNATURE", "dEbhIq7aeOIZFXcO0IrZ2y0y7GjzPYQpH6ZRb3afSBwFv2eu0NESiMR9")
const paypalApiSignature = "DKU1H3ZWJTUMRISH"
let paypalApiSignatureDoc = "amyyumel_api1.racldd.com"
let paypalApiSignatureDoc = "%(PAYPAL_API_SIGNATURE)s"
let paypalApiSignatureEnv = getEnv("PAYPAL_API_SIGNATURE")
