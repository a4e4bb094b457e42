// shortcut credentials (fake values)
pub const shortcut_api_token = "5baca4dc-0bef-41e2-9761-1893b346c676"
request.set_header(req, "authorization", "Bearer 51424ed9-5685-49a9-8b1a-b23f1b62e061")
pub const shortcut_workspace = "acme-eng"
pub const shortcut_api_token_masked = "5baca4...c676"
let key = envoy.get("SHORTCUT_API_TOKEN")
