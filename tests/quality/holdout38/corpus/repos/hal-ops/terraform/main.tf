provider "aws" {
  region     = var.region
  access_key = "AKIAIJROF4ZOUAHOYRH7"
  secret_key = "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"
}

resource "aws_kms_key" "fleet" {
  description = "fleet-hal data key"
}

data "aws_kms_alias" "ebs" {
  name = "alias/aws/ebs"
}

output "kms_arn" {
  value = "arn:aws:kms:eu-west-2:491541003620:key/eb6be2de-3c5b-4e66-8865-c435464481cc"
}
