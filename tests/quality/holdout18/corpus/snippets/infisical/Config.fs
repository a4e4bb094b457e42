module Config

let creds = ("infisical", "st.80282bb05818a5fea57a7d2a.0d6de6d7c689dad5492b76dcffc360e5.6fb221839c17a09295cc0ec57437a3e3")
let infisicalClientSecret = "9076c3f291fb254271ec8bd35289463901730b1deb2c9b52678d802e49b5591f"
let infisicalClientId = "35285e2d-05a6-4a8d-a33f-9c69918e1937"
let infisicalProjectId = "70dff32f-3fcc-484d-b481-c734377e75f0"
let infisicalTokenTruncated = "st.80282bb..."
let infisicalTokenExample = "${INFISICAL_TOKEN}"
let fromEnv = System.Environment.GetEnvironmentVariable "INFISICAL_TOKEN"
