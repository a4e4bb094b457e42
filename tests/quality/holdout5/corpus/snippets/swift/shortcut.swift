import Foundation

let config: [String: String] = ["shortcutApiToken": "36700a9a-5366-4913-94fb-47499ed0b790"]
let auth = "Bearer " + "66a3a5b6-01a4-48ba-9994-2eab0287edc6"
let shortcutWorkspace = "acme"
let storyId = "87848"
let shortcutApiKey = ProcessInfo.processInfo.environment["SHORTCUT_API_KEY"] ?? ""
