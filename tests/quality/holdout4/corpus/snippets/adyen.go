package config

req.Header.Set("Authorization", "Bearer AQEVnykX5yQWnNfknRHlE8n+JZ997NOZRlcINPPTr04H1XKG6EYg9q/P41rHKiy3n2iSeE4JImNlUbRYoAYJKcKzCJGY1tgE_VDrfg-9D=-K92BMR8mrXug9RBkKxIRHZMW6ZQ8OW0cBSYBLH8PE_Y=-DmzktqtCtA")
const adyenClientKey = "live_92MENPDQP9VFKLFVBF8WX66D2VXT599Y"
const adyenMerchantAccount = "AcmeECOM"
var adyenApiKey = os.Getenv("ADYEN_API_KEY")
