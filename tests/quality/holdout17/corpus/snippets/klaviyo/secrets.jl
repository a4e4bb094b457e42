module Secrets

const KLAVIYO_PRIVATE_API_KEY = "pk_8eabbbc5a2f5960221337b095bb50e67ae"
const KLAVIYO_PUBLIC_SITE_ID = "8I9JN0"
const KLAVIYO_PRIVATE_API_KEY_MASKED = "pk_8************67ae"
const KLAVIYO_PRIVATE_API_KEY_EXAMPLE = "insert-key-here"
from_env = get(ENV, "KLAVIYO_PRIVATE_API_KEY", "")
end
