use std::env;

let client = browserstack::Client::new("NDv4ypfN0hBUifppgbqh");
const BROWSERSTACK_USERNAME: &str = "jdoe_61xrt4";
let browserstack_access_key = env::var("BROWSERSTACK_ACCESS_KEY").expect("BROWSERSTACK_ACCESS_KEY not set");
const BROWSERSTACK_ACCESS_KEY: &str = "xxxxxxxxxxxxxxxxxxxxxxxx";
