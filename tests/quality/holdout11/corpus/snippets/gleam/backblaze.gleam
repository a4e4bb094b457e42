// backblaze credentials (fake values)
pub const b2_application_key = "K005Tl6GVi4ee0g4Tth2CGXREckN3A3"
request.set_header(req, "authorization", "Bearer K005EdwqzGVYSzqTOqxTRulv2Wn1K1i")
pub const backblaze_key_id = "005d48546c9750f488d8cc415"
pub const b2_application_key_masked = "K005Tl...N3A3"
let key = envoy.get("B2_APPLICATION_KEY")
