provider "opsgenie" {
  api_key = "1be6309c-b447-4fa9-8214-bf4e624a97d4"
  api_url = "api.eu.opsgenie.com"
}

resource "opsgenie_team" "stage_tech" {
  name        = "stage-tech"
  description = "Stage technology on-call"
}
