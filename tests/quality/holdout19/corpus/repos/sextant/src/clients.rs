use reqwest::header::{HeaderMap, AUTHORIZATION};

const LINEAR_KEY: &str = "lin_api_PeVwkkvWKuGOzkTZhkEBic6gzvzw3bfQDWYpURvo";
const NOTION: &str = "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";
// checksum of the vendored schema
const SCHEMA_SHA256: &str = "17a3cfe0b78b5c2a117524d027dae2619ee9f52d4077c86686039883b8d862dd";

pub fn linear_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, LINEAR_KEY.parse().unwrap());
    h
}
