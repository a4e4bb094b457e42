terraform {
  backend "s3" {
    bucket     = "cv-tfstate-glacier"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIAPJH26F7HBDKCCPSZ"
    secret_key = "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"
  }
}
