use std::env;

let resp = http.get(url).bearer_auth("9814786b-53fe-4a52-91ad-4a7658bcb121").send().await?;
const CONSUL_ZERO_UUID: &str = "00000000-0000-0000-0000-000000000002";
let consul_http_token = env::var("CONSUL_HTTP_TOKEN").expect("CONSUL_HTTP_TOKEN not set");
const CONSUL_HTTP_TOKEN: &str = "********";
