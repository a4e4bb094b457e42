provider "aws" {
  region     = "eu-central-2"
  access_key = "AKIAZNVIGS5FBAO3JQGU"
  secret_key = "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"
}
provider "exoscale" {
  key    = "EXO526a21d6022b4505e932e960"
  secret = "9YBhndVwlbULyTxmCGeXRPHAlFz8R0v3_nJY5bd_58L"
}
resource "aws_s3_bucket" "webcams" { bucket = "alpenbahn-webcams" }
