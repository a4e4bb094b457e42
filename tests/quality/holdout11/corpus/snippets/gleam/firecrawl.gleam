// firecrawl credentials (fake values)
pub const firecrawl_api_key = "fc-42e8d484f35ee1093cfa97a9ace0b11c"
request.set_header(req, "authorization", "Bearer fc-913dd3ae6ffd7175faccce0e5842e21f")
pub const firecrawl_crawl_id = "91d5a6f1-c5f3-45e6-ae8f-55a1168de43e"
pub const firecrawl_api_key_masked = "fc-42e...b11c"
let key = envoy.get("FIRECRAWL_API_KEY")
pub const firecrawl_api_key_from_env = "${FIRECRAWL_API_KEY}"
