# portainer credentials (fake values)
$env:PORTAINER_TOKEN = 'ptr_OwR0CGJxHANq2qLQmF4QFq6o_Wu8176xqMHJVKxQuqH'
Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer ptr_wpsNY5kzy5qJEB_oLygq5Y28wYJHBRbQa2U7ckzJjm2' }
$env:PORTAINER_ENDPOINT_ID = '0'
$env:PORTAINER_TOKEN_MASKED = 'ptr_Ow...QuqH'
$key = [Environment]::GetEnvironmentVariable('PORTAINER_TOKEN')
