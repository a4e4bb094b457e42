pub type Creds {
  Creds(provider: String, key: String)
}

pub fn resend() -> Creds {
  Creds(provider: "resend", key: "re_cnD41ahb_Pmag3AcZ7sbohHX4RPsbo2JW")
}

pub const build_sha = "85b17ad94b5fb9ee7aabd7496974be30ccf4fc82"
