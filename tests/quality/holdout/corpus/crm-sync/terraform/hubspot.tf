variable "hubspot_api_key" {
  description = "legacy key, only for the export lambda"
  type        = string
  default     = "60d78009-f2b7-4f00-b2ea-877ca74d3767"
  sensitive   = true
}

variable "hubspot_private_app_token" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "hubspot_token" {
  name  = "/crm/hubspot/private-app-token"
  type  = "SecureString"
  value = var.hubspot_private_app_token
}

resource "aws_lambda_function" "export" {
  function_name = "hubspot-export"
  role          = "arn:aws:iam::054498901699:role/crm-export"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  source_code_hash = "0711b028b408a0d977d3d24119034f4c266089c3457370689bb1fcfce74cea66"
  environment {
    variables = {
      HUBSPOT_ACCESS_TOKEN = "pat-na2-ba846936-f084-47ad-a4c1-d9ef77725a7f"
      PORTAL_ID            = "69390535"
    }
  }
}
