terraform {
  backend "s3" {
    bucket     = "cv-tfstate-valley"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIAQUPUWWECLRYKEBU2"
    secret_key = "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"
  }
}
