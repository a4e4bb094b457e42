terraform {
  required_providers {
    datadog   = { source = "DataDog/datadog" }
    newrelic  = { source = "newrelic/newrelic" }
    fastly    = { source = "fastly/fastly" }
    sumologic = { source = "SumoLogic/sumologic" }
  }
}

provider "datadog" {
  api_key = "9f5558aec7c7edfe3b0ad4ce60dbda6e"
  app_key = "0068de36c00d51845c4a3113370ea6a3aa9f2814"
  api_url = "https://api.datadoghq.eu/"
}

provider "newrelic" {
  account_id = 4539634
  api_key    = "NRAK-MWD9ZTXZLI9WRZTHQNXU9SESDA3"
  region     = "EU"
}

provider "fastly" {
  api_key = "HdZdpqlA73oAPDJb2qU5QIlxMtVE1tHL"
}

provider "sumologic" {
  access_id   = "suf0TE2Hcog9Xy"
  access_key  = "d2gBVnINu74dnoyh4O35guYsCrtGaXlrKDRAWbQ7vhuFJm8yVYuc2nMXYdbR0fAN"
  environment = "eu"
}
