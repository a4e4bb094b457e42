# deploy helper
$headers = @{ "Authorization" = "Bearer deKVhCbxEt2Tmzikscld1BGUfK89M4A5qI5H1S0O" }
$env:CROWDSTRIKE_CLIENT_SECRET = "hl7J2DcFbFrGZMvuwj62WIrE0RYTvxsBmNbYpf6I"
$falconClientId = "24c1108906525a6012a5d4b292647a85"
$falconCid = "327A71743C01A3D9BC12C714F1200130-D4"
$falconApiKey = $env:FALCON_API_KEY
