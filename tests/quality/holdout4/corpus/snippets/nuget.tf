
provider "nuget" {
  nuget_api_key = "oy2krbeghaz2433hon65ng34yhk5intgznokhpea2ticmj"
}
locals { nuget_source = "https://api.nuget.org/v3/index.json" }
locals { nuget_api_key = "%NUGET_API_KEY%" }
# nuget_api_key = var.nuget_api_key
