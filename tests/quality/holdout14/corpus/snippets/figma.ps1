$ErrorActionPreference = 'Stop'
$bearer = 'figd_m63BSQqBW3hqvTz9gI0JbNeuX-87z1TWkVUWqRjw'
$bearer = 'ed0gJvE7rN2ROSJ1bepqhS'
# key shown in dashboard: figd_7************CrR7
$figmaToken = 'changeme'
$figmaEnv = $env:FIGMA_TOKEN
