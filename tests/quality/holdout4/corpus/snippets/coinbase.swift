import Foundation

enum Keys { static let cdpApiKeySecret = "guRGHEV+e3PYCzbu7eLxaIN+a5H4hQ9ClFo77iB6dpdxPQwX+N/OgKMdin78c9UWtvkdYdvGjU8DFa7/840VPw==" }
let cdpApiKeyName = "organizations/fd51c78e-fbc8-415c-9279-912a24e8bf51/apiKeys/2d7f12eb-28b0-4668-9712-b96cbeede6be"
let cdpNetwork = "base-mainnet"
let coinbaseApiKey = ProcessInfo.processInfo.environment["COINBASE_API_KEY"]
