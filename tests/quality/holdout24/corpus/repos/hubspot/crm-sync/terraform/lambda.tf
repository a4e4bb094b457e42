resource "aws_lambda_function" "hubspot_sync" {
  function_name = "hubspot-sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      HUBSPOT_PRIVATE_APP_TOKEN = "pat-eu1-53206677-5326-4dea-b661-88a8af13c30c"
      HUBSPOT_APP_ID            = "5873914"
    }
  }
}
