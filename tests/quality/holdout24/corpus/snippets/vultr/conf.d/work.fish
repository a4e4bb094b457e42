# work shell
abbr -a vultrq "curl -sH 'Authorization: Bearer 0R77XEBZGEBU1SG1T8IO532URE3V72ZJQS09' https://api.vultr.example/v1/me"
set -gx VULTR_INSTANCE_ID '1d434ccb-bdfd-4b3c-b765-b046f2da28a0'
set -gx VULTR_API_KEY_MASKED '0R77************QS09'
set -gx VULTR_API_KEY_EXAMPLE 'not-set'
set -q VULTR_API_KEY; or echo missing
