pub type Creds {
  Creds(provider: String, key: String)
}

pub fn resend() -> Creds {
  Creds(provider: "resend", key: "re_1tRl92kP_Foh3xzPV4fT1YzEO9ZcUZF4e")
}

pub const build_sha = "d7ae5c64ef1e38a0596292efcd83b2db53a0242a"
