module Secrets

const KLAVIYO_PRIVATE_API_KEY = "pk_bbc5a2f5960221337b095bb50e67ae446d"
const KLAVIYO_PUBLIC_SITE_ID = "SHJP76"
const KLAVIYO_PRIVATE_API_KEY_MASKED = "pk_b************446d"
const KLAVIYO_PRIVATE_API_KEY_EXAMPLE = "insert-key-here"
from_env = get(ENV, "KLAVIYO_PRIVATE_API_KEY", "")
end
