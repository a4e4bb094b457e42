resource "aws_lambda_function" "hubspot_sync" {
  function_name = "hubspot-sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      HUBSPOT_PRIVATE_APP_TOKEN = "pat-eu1-c28e8787-2083-4332-b9a5-a0b56c979bed"
      HUBSPOT_APP_ID            = "4354703"
    }
  }
}
