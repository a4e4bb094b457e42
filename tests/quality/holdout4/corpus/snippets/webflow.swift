import Foundation

enum Keys { static let webflowApiToken = "0280f717d67ecd7799d55b1a05f4c25f4b2fe14f3d192b7c516126820d102019" }
let webflowSiteId = "b22cd3b3ec776c7360e16b72"
let webflowCollectionId = "965afdc20e113433355f94e0"
let webflowApiKey = ProcessInfo.processInfo.environment["WEBFLOW_API_KEY"]
