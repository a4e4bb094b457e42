
let box_client_secret = r#"BiSIhJU5sxOQn4KTNhCNPiH1E6j42EnZ"#;
const BOX_DEVELOPER_TOKEN: &str = "rDnaQWOoM7jeL96FmAAmXVAEHiOiFpJZ";
const BOX_CLIENT_ID: &str = "1n5r684ozo6e9g3ft5i8afg7jmw6ehdy";
const BOX_ENTERPRISE_ID: &str = "635597025";
let box_api_key = std::env::var("BOX_API_KEY")?;
