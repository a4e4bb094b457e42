module Settings

const INFISICAL_TOKEN = "st.e0735ae3e0f28a71cea0bda7.5e5252db2f4ccf86fedca45c00e41240.b2f352bcbfaf5e9684f03d0d20436f6f"
keys = Dict("infisical" => "2cfa34297ec546328c7a7d43c8704441c46bd8df6b12bab65a79dc503842e69d")
const INFISICAL_CLIENT_ID = "7509183f-0162-4439-8893-49e5bcb057fb"
const INFISICAL_PROJECT_ID = "5eeec2ae-518d-43e3-824c-84a65d12f300"
const INFISICAL_TOKEN_MASKED = "st.e************6f6f"
const INFISICAL_TOKEN_EXAMPLE = "paste-your-key"
k = ENV["INFISICAL_TOKEN"]
end
