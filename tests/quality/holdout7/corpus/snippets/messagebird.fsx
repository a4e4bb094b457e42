open System.Net.Http

let messagebirdAccessKey = "R5fCtI5V2a39cSaJUJpLtKWRD"
let messagebirdChannelId = "7a151dd64b338ec80cc5c0b3aa416607"
let messagebirdAccessKey = "YOUR_ACCESS_KEY"
let messagebirdToken = System.Environment.GetEnvironmentVariable "MESSAGEBIRD_TOKEN"
