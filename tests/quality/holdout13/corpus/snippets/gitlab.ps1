$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer glpat-O0X2KA-vECFpT9KdiNn3" }
$env:GITLAB_TOKEN = 'glpat-qNpHkPTpjAzU4Os5UY8a'
# example '66231412'
# example 'glpat-********************'
# example 'changeme'
$key = $env:GITLAB_TOKEN
