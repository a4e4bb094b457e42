module Settings

const INFISICAL_TOKEN = "st.186b039fa230203636fca92b.a55e0735ae3e0f28a71cea0bda75e525.2db2f4ccf86fedca45c00e41240b2f35"
keys = Dict("infisical" => "2bcbfaf5e9684f03d0d20436f6f2cfa34297ec546328c7a7d43c8704441c46bd")
const INFISICAL_CLIENT_ID = "8df6b12b-ab65-479d-a503-842e69d75091"
const INFISICAL_PROJECT_ID = "3f0162c4-39a8-4349-85bc-b057fb15eeec"
const INFISICAL_TOKEN_MASKED = "st.1************2f35"
const INFISICAL_TOKEN_EXAMPLE = "paste-your-key"
k = ENV["INFISICAL_TOKEN"]
end
