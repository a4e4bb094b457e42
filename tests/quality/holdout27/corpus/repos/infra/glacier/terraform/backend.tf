terraform {
  backend "s3" {
    bucket     = "cv-tfstate-glacier"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIAAGP224K5U2TKEZDS"
    secret_key = "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"
  }
}
