use std::env;

let resp = http.get(url).bearer_auth("ToVJdKqShVPFqS1Cl5V3BNV9DjIyzrgQ").send().await?;
const TENCENTCLOUD_SECRET_ID: &str = "AKIDUf3rztCxeN2oQjM2Whn9kYubHZZAbHVD";
let tencentcloud_secret_key = env::var("TENCENTCLOUD_SECRET_KEY").expect("TENCENTCLOUD_SECRET_KEY not set");
const TENCENTCLOUD_SECRET_KEY: &str = "REPLACE_WITH_TENCENTCLOUD_KEY";
