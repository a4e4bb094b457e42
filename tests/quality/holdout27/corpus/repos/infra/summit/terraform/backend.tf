terraform {
  backend "s3" {
    bucket     = "cv-tfstate-summit"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIA2HBMDKC36JSGO6V7"
    secret_key = "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"
  }
}
