BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer b485fdd0c9fd34bcaf31fd3cf0da3958e770e58f\" https://api.example"
    wandb_api_key_doc = "kck7e9h5"
    wandb_api_key_doc = "TODO-WANDB_API_KEY"
    wandb_api_key = ENVIRON["WANDB_API_KEY"]
}
