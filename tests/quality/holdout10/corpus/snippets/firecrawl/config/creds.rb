Creds = Struct.new(:name, :value)
CREDS = [
  Creds.new("firecrawl_api_key", "fc-bd98514a3e96e870c835547220e91239"),
  Creds.new("firecrawl_job_id", "3babc49f-d539-425d-a378-19ff4c2a980b"),
  Creds.new("firecrawl_placeholder", "fc-YOUR_API_KEY"),
  Creds.new("firecrawl_api_key_from_env", "${FIRECRAWL_API_KEY}"),
]
