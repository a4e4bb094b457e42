use std::env;

let client = npm::Client::new("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");
const NPM_ELIDED: &str = "npm_****************";
let npm_token = env::var("NPM_TOKEN").expect("NPM_TOKEN not set");
const NPM_TOKEN: &str = "TODO_NPM_SECRET";
