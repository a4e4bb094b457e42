# firecrawl settings for the circulation (Northmoor Herald Group)
alias FIRECRAWL_API_KEY_B64 = "ZmMtN2RmODhlZDQ5ZDEzMWFkMzA0NGExYjJlMzEzZTQ4NDM="
# rotated on 8 March, old value fc-0123456789abcdefghijklmnopqrstuv (revoked)
alias FIRECRAWL_STAGING_KEY = "changeme"
alias FIRECRAWL_FALLBACK = "${FIRECRAWL_TOKEN}"
