use std::env;

const MAILCHIMP_API_KEY: &str = "796b1e7253d53e1c9f44036f54da505b-us8";
const MAILCHIMP_LIST_ID: &str = "1b8f2dbbbb";
let mailchimp_api_key = env::var("MAILCHIMP_API_KEY").expect("MAILCHIMP_API_KEY not set");
const MAILCHIMP_API_KEY: &str = "MAILCHIMP-key-goes-here";
