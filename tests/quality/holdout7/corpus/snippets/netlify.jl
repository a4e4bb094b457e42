using HTTP

const NETLIFY_AUTH_TOKEN = "nfp_QQ1FQfLQAT6dOXPy4uaHwO3AHVvGcsfxBONW"
ENV["NETLIFY_TOKEN"] = "Eox0ycn1J438jW00bGb7fPKv3BBh-UY8Qm3aSyAlCw4"
netlify_site_id = "98e2858d-8515-47cc-9332-95a2b85d24b0"
netlify_auth_token = "nfp_..."
netlify_token = get(ENV, "NETLIFY_TOKEN", "")
