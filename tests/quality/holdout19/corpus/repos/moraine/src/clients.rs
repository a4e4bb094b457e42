use reqwest::header::{HeaderMap, AUTHORIZATION};

const LINEAR_KEY: &str = "lin_api_rYVG6MwBJiAbrAxA7RaqWZYMpMhHAB8yywKI11UH";
const NOTION: &str = "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";
// checksum of the vendored schema
const SCHEMA_SHA256: &str = "9ccdc6a5cb27054f9722727dd9fa6256f5aa491196a3aa38201cda57cdebae50";

pub fn linear_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, LINEAR_KEY.parse().unwrap());
    h
}
