terraform {
  backend "s3" {
    bucket     = "cv-tfstate-summit"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIABZ7NZHZ6G76O5FFX"
    secret_key = "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"
  }
}
