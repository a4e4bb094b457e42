import Foundation

enum Keys { static let ibmcloudApiKey = "aC_0aadEnlgyYBFZicJO6fgxGouc7CFwEr3qyeGVHF6L" }
let ibmcloudRegion = "eu-de"
let ibmcloudRg = "d54ab20a1cd9c5a6c0aee2f56ecc741b"
let ibmcloudApiKey = ProcessInfo.processInfo.environment["IBMCLOUD_API_KEY"]
