
let wandb_api_key = r#"0d6fe5cf19f288ccec966bcf53d92f33703cbce4"#;
const WANDB_ENTITY: &str = "acme-ml";
const WANDB_RUN_ID: &str = "1dowjw0g";
let wandb_api_key = std::env::var("WANDB_API_KEY")?;
