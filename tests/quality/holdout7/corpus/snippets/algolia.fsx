open System.Net.Http

let algoliaAdminApiKey = "b7a767c76fb008f86bebb2737f6a6f0f"
let algoliaAppId = "WFHYM4L1VF"
let algoliaAdminApiKey = "YourAdminAPIKey"
let algoliaToken = System.Environment.GetEnvironmentVariable "ALGOLIA_TOKEN"
