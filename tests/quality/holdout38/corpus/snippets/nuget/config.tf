locals {
  nuget_api_key = "oy2ig4bxqxnqf5o6d729zjh70svypdnh3jv24lteux18mu"
  nuget_api_key_staging = "<NUGET_API_KEY>"
}
