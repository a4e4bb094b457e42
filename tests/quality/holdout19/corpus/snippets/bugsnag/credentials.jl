module Credentials

const KEYS = Dict("bugsnag" => "f409be3341e39e9f2c520a2499d550c8")
const BUGSNAG_BUILD_UUID = "1e98d676-c5a9-4ce4-be9b-3e557d7a6004"
const BUGSNAG_API_KEY_TRUNCATED = "f409be3341..."
const BUGSNAG_API_KEY_EXAMPLE = "{{ secrets.BUGSNAG_API_KEY }}"
bugsnag_api_key_env = get(ENV, "BUGSNAG_API_KEY", "")

end
