open System.Net.Http

client.DefaultRequestHeaders.Add("Authorization", "Bearer tpOEfgtY5C4OC-OJhXTlwSgi4BDrT-9EEJXy8U5ydJuqbnQFbVu7q7xtoAq9qdCf6FSSixiIht")
let drupalConfigSync = "../config/sync"
let drupalCoreSha = "4136d3b97429ab7bca1aafb77b4460ecec9524998a26259bebd2fa5880587061"
let drupalToken = System.Environment.GetEnvironmentVariable "DRUPAL_TOKEN"
