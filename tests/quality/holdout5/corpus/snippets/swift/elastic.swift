import Foundation

let auth = "Bearer " + "VHZjeFZSd3FVWFRVNGFmM3I2RmY6TTdjeFd6MU0xS3pZMy1vZnI3RmNWVA=="
let config: [String: String] = ["ecApiKey": "essu_YwTsL5w13YwgTH3YigF2tLxcjMtDOWruAjJEJiPl/67rxCZx+uuF50PSs83h7lQn2NTPKICpWEWSZJ1F/B8Hh3Tf"]
let elasticCloudId = "acme:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRiOTUzODMzMTJkOGU1NDZjNWM2ZDY0Yzg2OWFlZDI3MSQxZGQzMzRiNzgxMDc5OTE4Y2FmZDgzYTlmYWU2MjA0MA=="
let elasticUser = "elastic"
let elasticApiKey = ProcessInfo.processInfo.environment["ELASTIC_API_KEY"] ?? ""
