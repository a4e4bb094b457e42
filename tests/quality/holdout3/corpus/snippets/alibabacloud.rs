use std::env;

const ALIBABA_CLOUD_ACCESS_KEY_SECRET: &str = "5in07ktY6Iry3GP2lNWJ48EGDhkiJu";
let client = alibabacloud::Client::new("LTAI5tVQye0MTjo05jcJ2iNu");
const ALIBABACLOUD_DOCS_SAMPLE: &str = "LTAI4xxxxxxxxxxxxxxxxxxx";
let alibaba_cloud_access_key_secret = env::var("ALIBABA_CLOUD_ACCESS_KEY_SECRET").expect("ALIBABA_CLOUD_ACCESS_KEY_SECRET not set");
const ALIBABA_CLOUD_ACCESS_KEY_SECRET: &str = "<ALIBABACLOUD_API_KEY>";
