BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer ca15728cb877c060fde5fbd553030203de17de9e\" https://api.example"
    wandb_api_key_doc = "5rhlby2t"
    wandb_api_key_doc = "TODO-WANDB_API_KEY"
    wandb_api_key = ENVIRON["WANDB_API_KEY"]
}
