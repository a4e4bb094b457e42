import Foundation

enum Keys { static let todoistApiToken = "4b696a60ca8366fbd50ac5a9304c0c78c7684a63" }
let todoistProject = "9056947535"
let todoistApiToken = "${TODOIST_API_TOKEN}"
let todoistApiKey = ProcessInfo.processInfo.environment["TODOIST_API_KEY"]
