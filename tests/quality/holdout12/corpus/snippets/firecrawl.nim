import os

putEnv("FIRECRAWL_API_KEY", "fc-fd3dc6482ede6997bb9275e7da71a1c4")
let firecrawlApiKeyDoc = "fc-YOUR_API_KEY"
let firecrawlApiKeyDoc = "${FIRECRAWL_API_KEY}"
let firecrawlApiKeyEnv = getEnv("FIRECRAWL_API_KEY")
