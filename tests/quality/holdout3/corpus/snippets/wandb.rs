use std::env;

const WANDB_API_KEY: &str = "1d7cb9343473d69a923dc187816158f0aae3eae4";
const WANDB_RUN_ID: &str = "sepkwv47";
let wandb_api_key = env::var("WANDB_API_KEY").expect("WANDB_API_KEY not set");
const WANDB_API_KEY: &str = "changeme";
