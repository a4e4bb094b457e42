provider "aws" {
  region     = "eu-central-2"
  access_key = "AKIAIYMPPG5G65ON7YBO"
  secret_key = "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"
}
provider "exoscale" {
  key    = "EXO502c96d0a5ab34e9e81d0ff4"
  secret = "rMTjfmO5-oQ77UrhFVpRrbkp014yU7ZV-quQi8xpwkE"
}
resource "aws_s3_bucket" "webcams" { bucket = "alpenbahn-webcams" }
