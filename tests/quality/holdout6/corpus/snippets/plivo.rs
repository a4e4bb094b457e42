use std::env;

let plivo_auth_token = env::var("PLIVO_AUTH_TOKEN").unwrap_or_else(|_| "LXFs8TyWF3LTXo7LEOExQrcTUodyuRuo4da3cyo3".into());
const PLIVO_AUTH_ID: &str = "MANS6DGWJLUNBKBL2NG3";
const PLIVO_NUMBER: &str = "+14152864335";
let plivo_token = env::var("PLIVO_TOKEN")?;
