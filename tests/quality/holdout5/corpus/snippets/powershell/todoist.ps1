# deploy helper
$headers = @{ "Authorization" = "Bearer a51a11086b6ba5b41db894cc22b7b7f44e2c1d38" }
$env:TODOIST_TOKEN = "db18308ff3ae4fc157133f5f64f1449aeb7576c6"
$todoistProject = "8842389357"
$todoistApiToken = "0123456789abcdef0123456789abcdef01234567"
$todoistApiKey = $env:TODOIST_API_KEY
