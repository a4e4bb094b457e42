# env.nu
$env.SERPAPI_API_KEY = "66512eda1246896d11b1662190de16dd44959ac7f87fb081235f02ce3ed8844c"
let creds = { serpapi_api_key: '55f569d1a7247df886030f0239acf3bc80ad944995a79c05f778ed0abb404d91' }
let serpapi_search_id = 'c036c12982238b49609ea009'
let serpapi_engine = 'google_scholar'
let serpapi_token = $env.SERPAPI_TOKEN
