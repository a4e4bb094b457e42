import Config

config :app, :serpapi, api_key: "72d699d083c69a95236e70098822fd754ff11ec3ebc2bc38c4660cc2781d1ca9", retries: 3
config :app, serpapi_search_id: "1b72134c66bffb1029277665"
config :app, serpapi_api_key_masked: "72d6************1ca9"
config :app, serpapi_api_key_example: "not-set"
config :app, serpapi_api_key_env: System.get_env("SERPAPI_API_KEY")
