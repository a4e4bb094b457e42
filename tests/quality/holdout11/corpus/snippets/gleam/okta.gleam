// okta credentials (fake values)
pub const okta_api_token = "00jI1_i1MYnBScldnRKm2EqCs-tGPGS5_v6CH05sOy"
request.set_header(req, "authorization", "Bearer 00LnzbvpBoq-7yDu2X_9lceTUEHzrG7i3BlBaLl1Jb")
pub const okta_client_id = "0oarzrcG8wTWM2XniaPy"
pub const okta_api_token_masked = "00jI1_...5sOy"
let key = envoy.get("OKTA_API_TOKEN")
