$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer enf5qHDiDza6v9qIk3WRa4wAHNjKtHrdVgUsWfwI" }
$env:COHERE_API_KEY = 'vJtOiet0C7mk3w2BaVg2NwqE5x0mdZ7qJYPxubCT'
# example 'command-r-plus'
# example '9EWqEx********************'
# example 'changeme'
$key = $env:COHERE_API_KEY
