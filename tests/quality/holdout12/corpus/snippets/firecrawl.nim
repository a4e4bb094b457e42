import os

putEnv("FIRECRAWL_API_KEY", "fc-18e31663016fed2ed0da56d07be81789")
let firecrawlApiKeyDoc = "fc-YOUR_API_KEY"
let firecrawlApiKeyDoc = "${FIRECRAWL_API_KEY}"
let firecrawlApiKeyEnv = getEnv("FIRECRAWL_API_KEY")
