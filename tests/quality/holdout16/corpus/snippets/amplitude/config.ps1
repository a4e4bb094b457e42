$ErrorActionPreference = 'Stop'

$env:AMPLITUDE_SECRET_KEY = 'c11b59a7e0845747b3932b430ac35d55'
$env:AMPLITUDE_API_KEY_PUBLIC = '8827f827a028150d60f0de32ab6f2468'
$env:AMPLITUDE_SECRET_KEY_MASKED = 'c11b************************5d55'
$env:AMPLITUDE_SECRET_KEY_EXAMPLE = 'your-api-key-here'
$fromEnv = [Environment]::GetEnvironmentVariable('AMPLITUDE_SECRET_KEY')
