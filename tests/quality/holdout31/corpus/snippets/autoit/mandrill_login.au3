#include <MsgBoxConstants.au3>
; mandrill settings for the cold-chain integration
Global $mandrillApiKey = "md-DFbGUj_D8OmXIlZyEytUs0"
; deactivated in the console, kept for reference only: mandrillApiKey md-DFbGUj_0123456789abcde
Global $mandrillApiKeyExample = "[REDACTED]"
Global $mandrillApiKeyFromEnv = "${MANDRILL_API_KEY}"
