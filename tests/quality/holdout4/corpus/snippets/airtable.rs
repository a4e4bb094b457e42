
let airtable_token = r#"patHZoeppu6nN8vFz.a33738b1381cd2f07a81288c6908092f1f6c4b2e7f0c0ebb67356511ef5e3f25"#;
const AIRTABLE_API_KEY: &str = "keyWzYn9jy1hSPTLe";
const AIRTABLE_BASE_ID: &str = "appAwGGJ37BcwK207";
const AIRTABLE_TABLE: &str = "tblJxFyuxfXEuNiob";
let airtable_api_key = std::env::var("AIRTABLE_API_KEY")?;
