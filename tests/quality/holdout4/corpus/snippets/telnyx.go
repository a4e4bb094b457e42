package config

req.Header.Set("Authorization", "Bearer KEY5002DAA7DEE76CA576F1ADB822B479EE_YfWsBuriLwEZZztFHPv7sF")
const telnyxPublicKey = "Omc1OPfqVsel44T8vWvD4P6mTKw99swJ5hC5Sx2n8fQ="
const telnyxConnectionId = "2909206836138501157"
var telnyxApiKey = os.Getenv("TELNYX_API_KEY")
