resource "aws_lambda_function" "hubspot_sync" {
  function_name = "hubspot-sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      HUBSPOT_PRIVATE_APP_TOKEN = "pat-eu1-fc860ef4-8ce8-4532-8667-75326cdeaa66"
      HUBSPOT_APP_ID            = "4454570"
    }
  }
}
