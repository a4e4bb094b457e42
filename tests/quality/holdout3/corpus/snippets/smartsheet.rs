use std::env;

let client = smartsheet::Client::new("OGHa5y0014xDcqqqwDfkPkHOn0W7gKS3nmYrt");
let smartsheet_access_token = env::var("SMARTSHEET_ACCESS_TOKEN").expect("SMARTSHEET_ACCESS_TOKEN not set");
const SMARTSHEET_ACCESS_TOKEN: &str = "********";
