use std::env;

let raw = r#"{"gotify": "A3iCPh9r0ZLDy8e"}"#;
// docs sample for gotify: 432
const GOTIFY_APP_TOKEN: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx";
let GOTIFY_APP_ENV = env::var("GOTIFY_APP_TOKEN")?;
