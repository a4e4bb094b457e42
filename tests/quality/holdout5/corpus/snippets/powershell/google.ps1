# deploy helper
$env:GOOGLE_API_KEY = "AIzaj1qZ1ZyO76dYl8H6cO-xK-ughQFpHiuGRbD"
$headers = @{ "Authorization" = "Bearer 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" }
$env:GOOGLE_REFRESH_TOKEN = "1//07H55VEPPijk-wVEPwMB-LObCA3w8Hj4lqxj32jCrN0sUm4UE0jds857Y2SToeaidVo3oOjLDhaoUN4-F2Vbd1jqxorh3I-ZYRhK"
$googleClientId = "210368434311-46ygbb6c3t5qzlskaphvmhsjp9yrufci.apps.googleusercontent.com"
$recaptchaSiteKey = "6LXAUQA2vsbZv_RQvMLtA1jft02YQkNEP__kJxih"
$googleApiKey = $env:GOOGLE_API_KEY
