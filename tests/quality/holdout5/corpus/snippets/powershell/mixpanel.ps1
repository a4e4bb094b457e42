# deploy helper
$headers = @{ "Authorization" = "Bearer b9efeb050747075bcf456cdb12b5101b" }
$env:MIXPANEL_SERVICE_ACCOUNT_SECRET = "3vzCa9uzAnVz28B4jBIysIHQQeeinFOL"
$mixpanelToken = "a63de44cf808c96c235ea992295c729c"
$mixpanelServiceAccount = "ci-bot.419316.mp-service-account"
$mixpanelApiKey = $env:MIXPANEL_API_KEY
