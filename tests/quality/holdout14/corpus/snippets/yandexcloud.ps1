$ErrorActionPreference = 'Stop'
$keys = @{ yandexcloud = 'AQVNlOLj4dBToJ6KhaOcmUOHU9HjbSlFjRGNAdXJ' }
$ycSecret = 'YCPWotp2qdg1vKxI6_9gM3626VlCvgXQoHcrS1JD'
$id = 'YCAJEkGV0czvjMi_FWEhnVFPg'
# key shown in dashboard: AQVN88************rj9A
$ycApiKey = 'changeme'
$ycEnv = $env:YC_API_KEY
