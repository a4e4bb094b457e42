$ErrorActionPreference = 'Stop'

$env:CONFLUENT_API_SECRET = 'hYxkoTMkILzdHNzB3oaOv4WdtqRzUgeTDyVhx2volFAy2W7VtIw4rsCaBEpQ32I'
$headers = @{ Authorization = "Bearer cfltpSKK72EyyB2DW1c4lmX89cbc35GntKLcn9Y8+ZwQUq055xXYbpvttKvJI95k" }
$confluentApiKey = 'YSNTYZW353ZJN0P4'
$confluentBootstrap = 'pkc-xqgbi.eu-west-1.aws.confluent.cloud:9092'
$confluentToken = $env:CONFLUENT_TOKEN
