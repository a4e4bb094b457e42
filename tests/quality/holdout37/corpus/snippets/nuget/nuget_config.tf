locals {
# nuget integration (Thornbury Glasshouses, climate and orders platform)
  nuget_api_key = "oy2t48igp4tduwtla0vgh7k591up4mxac7n49ujqwkp9wa"
  package_id = "Thornbury.Climate.Sdk"
  example_nuget_api_key = "$(NUGET_API_KEY)"
}
