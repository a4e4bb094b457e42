use reqwest::header;

const LINEAR_KEY: &str = "lin_api_FmyLdZgZA5RxfUQB4stdUonZqIJ1mbwVlotxCp9r";

fn client() -> reqwest::Client {
    let mut h = header::HeaderMap::new();
    h.insert(header::AUTHORIZATION, header::HeaderValue::from_static(LINEAR_KEY));
    reqwest::Client::builder().default_headers(h).build().unwrap()
}
