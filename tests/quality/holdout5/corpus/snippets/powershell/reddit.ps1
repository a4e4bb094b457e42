# deploy helper
$env:REDDIT_CLIENT_SECRET = "SD_doDqSr9bV4_-jBj6vhJ7UGi6KEH"
$headers = @{ "Authorization" = "Bearer qn57O8q99M3-5doCXI5yIcJt6gM" }
$redditClientId = "sD2VWTVW4kfd4DiftyfAol"
$redditUserAgent = "acme-bot/0.1 by u/acme"
$redditApiKey = $env:REDDIT_API_KEY
