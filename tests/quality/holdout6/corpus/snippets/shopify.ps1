$ErrorActionPreference = 'Stop'

$headers = @{ Authorization = "Bearer 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" }
$env:SHOPIFY_API_SECRET = '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'
$headers = @{ Authorization = "Bearer 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" }
$shopifyStorefrontToken = '5b820eb8c30bd0f8c433f55acb642644'
$shopifyApiKey = 'bd06c4baac9f561e6c5737161b2ff67b'
$shopifyToken = $env:SHOPIFY_TOKEN
