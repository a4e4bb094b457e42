
provider "openrouter" {
  openrouter_api_key = "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"
}
  openrouter_api_key = var.openrouter_api_key
provider "openrouter" {
  openrouter_api_key = "TODO_OPENROUTER_SECRET"
}
