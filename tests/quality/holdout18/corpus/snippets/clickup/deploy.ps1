# release helper
$creds = @{ Provider = "clickup"; Token = "pk_69488927_81P60Y1LJBSR0S60IO1OBEHOPWKDYLNC" }
$env:CLICKUP_LIST_ID = "477307722"
$env:CLICKUP_API_TOKEN_SEQUENTIAL = "pk_69488927_0123456789abcdefghijklmnopqrstuv"
$env:CLICKUP_API_TOKEN_EXAMPLE = "changeme"
$fromEnv = $env:CLICKUP_API_TOKEN_INPUT
