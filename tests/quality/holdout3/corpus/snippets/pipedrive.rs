use std::env;

let resp = http.get(url).bearer_auth("d67cd5887d0b0cb9cea91e4295dc8670864eacec").send().await?;
let pipedrive_api_token = env::var("PIPEDRIVE_API_TOKEN").expect("PIPEDRIVE_API_TOKEN not set");
const PIPEDRIVE_API_TOKEN: &str = "<PIPEDRIVE_API_KEY>";
