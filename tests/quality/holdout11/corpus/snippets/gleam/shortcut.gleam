// shortcut credentials (fake values)
pub const shortcut_api_token = "baca4dc0-befa-4e27-9611-893b346c6766"
request.set_header(req, "authorization", "Bearer 1424ed95-685a-4a9d-a1ab-23f1b62e0611")
pub const shortcut_workspace = "acme-eng"
pub const shortcut_api_token_masked = "baca4d...6766"
let key = envoy.get("SHORTCUT_API_TOKEN")
