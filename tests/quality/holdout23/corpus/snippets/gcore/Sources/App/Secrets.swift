import Foundation

let gcoreApiKey = "10835$48dc07beebcf5ed88aa7ec1d9f91fa073639631c9f5fc00f223b51a53aeb30d3a20999d075a9d041059738946d6f343a811510fd03cb89a4f1066318a1d1740e"
let gcoreProjectId = "992915"
let gcoreRegionId = "4"
let gcoreApiKeyMasked = "1083************740e"
let gcoreApiKeyExample = "paste-your-key"
let fromEnv = ProcessInfo.processInfo.environment["GCORE_API_KEY"]
