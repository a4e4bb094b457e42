// backblaze credentials (fake values)
pub const b2_application_key = "K0050g4Tth2CGXREckN3A3EdwqzGVYS"
request.set_header(req, "authorization", "Bearer K005zqTOqxTRulv2Wn1K1iKAPTiNV1r")
pub const backblaze_key_id = "005546c9750f488d8cc415316"
pub const b2_application_key_masked = "K0050g...GVYS"
let key = envoy.get("B2_APPLICATION_KEY")
