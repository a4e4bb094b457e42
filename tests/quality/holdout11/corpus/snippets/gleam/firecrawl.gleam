// firecrawl credentials (fake values)
pub const firecrawl_api_key = "fc-3d42e8d484f35ee1093cfa97a9ace0b1"
request.set_header(req, "authorization", "Bearer fc-1c913dd3ae6ffd7175faccce0e5842e2")
pub const firecrawl_crawl_id = "1f91d5a6-f1c5-4355-865e-8f55a1168de4"
pub const firecrawl_api_key_masked = "fc-3d4...e0b1"
let key = envoy.get("FIRECRAWL_API_KEY")
pub const firecrawl_api_key_from_env = "${FIRECRAWL_API_KEY}"
