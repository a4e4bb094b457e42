use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub fn here_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_static(
            "Bearer yql3qHZqhOOvy65hPLgDO-mEd117sKRdub2GVNAS9bO",
        ),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("route-planner/0.9")
        .build()
        .expect("client")
}

pub const MAPTILER_STYLE: &str = "streets-v2";
