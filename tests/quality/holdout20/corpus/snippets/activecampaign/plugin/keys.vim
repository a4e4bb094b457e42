" plugin settings
let g:activecampaign_api_key = 'c3320b673ea59365953047a9352aaf17a2ea795efda4b48cc31ca05e8de3126fbd842383'
let g:activecampaign_api_url = 'https://spbjp3bf.api-us1.com'
let g:activecampaign_api_key_masked = 'c332************2383'
let g:activecampaign_api_key_example = 'YOUR_ACTIVECAMPAIGN_API_KEY_HERE'
let g:from_env = $ACTIVECAMPAIGN_API_KEY
