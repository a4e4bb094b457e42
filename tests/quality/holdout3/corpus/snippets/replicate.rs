use std::env;

const REPLICATE_API_TOKEN: &str = "r8_jjNABRj8UnPDEc7oZ4rQQrlDWzh5wObmrfZgV";
let replicate_api_token = env::var("REPLICATE_API_TOKEN").expect("REPLICATE_API_TOKEN not set");
const REPLICATE_API_TOKEN: &str = "xxxxxxxxxxxxxxxxxxxxxxxx";
