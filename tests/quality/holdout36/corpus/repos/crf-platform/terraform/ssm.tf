locals {
  parameters = [
    { name = "/crf/forecast/db_password", value = "ASpF^U56egj0=J-hSW2." },
    { name = "/crf/forecast/met_api_key", value = "77b550a45059c2f633a43fcd54ef9901" },
    { name = "/crf/forecast/region", value = "eu-west-2" },
  ]
}
