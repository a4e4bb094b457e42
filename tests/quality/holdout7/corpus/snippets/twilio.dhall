let Prelude = https://prelude.dhall-lang.org/package.dhall

in { service = "twilio", token = "54129039aa0929ba7cb76def94f73c8d" }
let twilioApiSecret = "uz1XwXt10J699ui9YLAVhTWxAJCTd7SB"
let twilioAccountSid = "ACb0af24f5dfafffa6cc03cbd1926bc1ed"
let twilioApiKey = "SK3646febfedf7571ca96bf38709027cfc"
let twilioToken = env:TWILIO_TOKEN as Text
