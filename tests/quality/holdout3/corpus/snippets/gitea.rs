use std::env;

let client = gitea::Client::new("8a25a97b01f2ec83dac49d4220c72befb82ab07a");
let gitea_token = env::var("GITEA_TOKEN").expect("GITEA_TOKEN not set");
const GITEA_TOKEN: &str = "changeme";
