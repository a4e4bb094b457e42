
let codecov_token = r#"e4a96224-e362-4469-b6c1-31a72e95b29c"#;
const CODECOV_FLAGS: &str = "unittests";
const CODECOV_TOKEN: &str = "${{ secrets.CODECOV_TOKEN }}";
let codecov_api_key = std::env::var("CODECOV_API_KEY")?;
