use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const JFROG_URL: &str = "https://acme.jfrog.io/artifactory/api/system/ping";
const CLOJARS_DEPLOY_TOKEN: &str = "CLOJARS_376059eab2ca9f5ce7deeda7ea163e88cb024b757a05136d8fe066e9acf9";

fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    let token = std::env::var("NUGET_API_KEY").unwrap_or_else(|_| "oy2hg6kzupzhmuiqrtf4lcn2upjg6wccke0hlkn74doxry".to_string());
    h.insert("X-NuGet-ApiKey", HeaderValue::from_str(&token).unwrap());
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer cmVmdGtuOjAxOjoCRV6fRfHhTs1DB6FX1D7gKbaH2GTgJ9ld7veqOHdSF1rfMXzK"));
    h
}

fn main() {
    let client = reqwest::blocking::Client::new();
    let res = client.get(JFROG_URL).headers(headers()).send().unwrap();
    println!("{} {}", res.status(), CLOJARS_DEPLOY_TOKEN.len());
}
