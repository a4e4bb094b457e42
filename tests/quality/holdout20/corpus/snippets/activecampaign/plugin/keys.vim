" plugin settings
let g:activecampaign_api_key = 'e118885a603e1d53d8b514f4752c11624fc0703af6aece40d6256f57fb755c880dff9014'
let g:activecampaign_api_url = 'https://vsx1grp9.api-us1.com'
let g:activecampaign_api_key_masked = 'e118************9014'
let g:activecampaign_api_key_example = 'YOUR_ACTIVECAMPAIGN_API_KEY_HERE'
let g:from_env = $ACTIVECAMPAIGN_API_KEY
