terraform {
  backend "s3" {
    bucket     = "cv-tfstate-valley"
    key        = "lifts/terraform.tfstate"
    region     = "eu-central-2"
    access_key = "AKIABS5HYZTWEWUEQFIF"
    secret_key = "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"
  }
}
