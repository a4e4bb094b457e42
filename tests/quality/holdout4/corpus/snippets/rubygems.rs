
let gem_host_api_key = r#"rubygems_a1e4edb94e7dbc9aa1fcc4600568fa36a81151633ee701eb"#;
const RUBYGEMS_HOST: &str = "https://rubygems.org";
const GEM_HOST_API_KEY: &str = "rubygems_xxxxxxxx";
let rubygems_api_key = std::env::var("RUBYGEMS_API_KEY")?;
