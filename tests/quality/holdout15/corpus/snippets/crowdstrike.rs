use std::env;

pub const FALCON_CLIENT_SECRET: &str = "uOMlkM9IcCb3FHUT1pSKFVWmuRb1K2Y5lLKCT5Nd";
pub const CROWDSTRIKE_CLIENT_ID: &str = "99ca77b9073445fd37e3f7b8aec569ae";
pub const FALCON_CLIENT_SECRET_MASKED: &str = "5pfQsF************R0U0";
pub const FALCON_CLIENT_SECRET_EXAMPLE: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
let from_env = env::var("FALCON_CLIENT_SECRET")?;
