provider "aws" {
  region     = var.region
  access_key = "AKIANUCVIFYBBIRGRQSG"
  secret_key = "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"
}

resource "aws_kms_key" "fleet" {
  description = "fleet-wex data key"
}

data "aws_kms_alias" "ebs" {
  name = "alias/aws/ebs"
}

output "kms_arn" {
  value = "arn:aws:kms:eu-west-2:198526301635:key/2d864b40-2998-42f3-8687-55f6c0d170f9"
}
