$ErrorActionPreference = 'Stop'
$bearer = 'A6C3ASQgNVmXImWfURaIwWPzKl-V2TxjV1eA-JeN9I8henubRFM2FutlnKfjgNoK12y18='
Connect-Upstash -Token 'sig_f3hBtSpCdMSvjRhFKvlC3R9DX7aw'
$bearer = 'https://tauztz-yzgnem-53134.upstash.io'
# key shown in dashboard: AiHkAS************a9c=
$upstashToken = 'changeme'
$upstashEnv = $env:UPSTASH_TOKEN
