import os

putEnv("UBIDOTS_TOKEN", "BBUS-eFXHguRh0li00yISoiMBMwUuFFbapN")
const ubidotsToken = "BBFF-1ZVvtsrmy3pGlLw4d9CHFDHJIAzrVI"
let ubidotsTokenDoc = "fjkkds-sensor"
let ubidotsTokenDoc = "${UBIDOTS_TOKEN}"
let ubidotsTokenEnv = getEnv("UBIDOTS_TOKEN")
