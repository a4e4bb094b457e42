$ErrorActionPreference = 'Stop'
Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer QlBhdGpEQUdyVzZVNW9EX29mU3o6S1NqdVdEZlNNT1FFZC1tQmx5Wm8wdA==" }
$env:ELASTIC_PASSWORD = "MbF8kwWvrHBA3ygYhzmY"
$elasticCloudId = "prod-search:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbyQyYTUzZWEzNjVhNzgwZjA5ZjdjZWIwODI0NGRkNDkxNCQzMWFmYjA0YjY5ZTBhZmQxNzIwNmRiNjQwMzkyZTU2Nw=="
$elasticApiKeyMasked = "TzdNUz************MQ=="
$elasticApiKeyExample = "TODO"
$fromEnv = $env:ELASTIC_API_KEY
