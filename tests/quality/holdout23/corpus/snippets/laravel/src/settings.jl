module Settings

const APP_KEY = "base64:xgDQPYpciHNvegOWZ9QrWtJiZRVsJAoBXL4TDdKm9yg="
const APP_APP_URL = "https://portal.example.org"
const APP_MIX_PUSHER_KEY = "7814031632742e8ff115"
const APP_KEY_MASKED = "base************9yg="
const APP_KEY_EXAMPLE = "paste-your-key"
k = ENV["APP_KEY"]
end
