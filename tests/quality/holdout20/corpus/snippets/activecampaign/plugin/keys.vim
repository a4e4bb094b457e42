" plugin settings
let g:activecampaign_api_key = 'de3126fbd84238397047e029c9e118885a603e1d53d8b514f4752c11624fc0703af6aece'
let g:activecampaign_api_url = 'https://ja0nek7m.api-us1.com'
let g:activecampaign_api_key_masked = 'de31************aece'
let g:activecampaign_api_key_example = 'YOUR_ACTIVECAMPAIGN_API_KEY_HERE'
let g:from_env = $ACTIVECAMPAIGN_API_KEY
