terraform {
  required_providers {
    datadog   = { source = "DataDog/datadog" }
    newrelic  = { source = "newrelic/newrelic" }
    fastly    = { source = "fastly/fastly" }
    sumologic = { source = "SumoLogic/sumologic" }
  }
}

provider "datadog" {
  api_key = "85049e1c95933477bd738a859f5558ae"
  app_key = "c7c7edfe3b0ad4ce60dbda6e0068de36c00d5184"
  api_url = "https://api.datadoghq.eu/"
}

provider "newrelic" {
  account_id = 2628510
  api_key    = "NRAK-CH8GPB2VMVGV7US4EQCISVMYPSM"
  region     = "EU"
}

provider "fastly" {
  api_key = "ThZNVYwrTIZNoHBVPLjLhb6HdZdpqlA7"
}

provider "sumologic" {
  access_id   = "suB6hn04UuoNOr"
  access_key  = "JVU6aBixCKvI60UrflJSH7t7jxWKp6Ajqsf0TE2Hcog9Xyd2gBVnINu74dnoyh4O"
  environment = "eu"
}
