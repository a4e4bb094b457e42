import Foundation

let papertrailApiToken = "mWhavnbocapdbYPE0FKp"
let papertrailDestination = "logs2.papertrailapp.com:53330"
let papertrailApiTokenMasked = "TeqebO************nOxC"
let papertrailApiTokenExample = "<your-papertrail_api_token>"
let fromEnv = ProcessInfo.processInfo.environment["PAPERTRAIL_API_TOKEN"]
