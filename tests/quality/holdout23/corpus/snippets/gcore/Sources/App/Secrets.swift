import Foundation

let gcoreApiKey = "71797$08f0e4690cb3cf37896782e017b4c0c6392836c09bb9663c79177a5006a48dc07beebcf5ed88aa7ec1d9f91fa073639631c9f5fc00f223b51a53aeb30d3a2099"
let gcoreProjectId = "560328"
let gcoreRegionId = "43"
let gcoreApiKeyMasked = "7179************2099"
let gcoreApiKeyExample = "paste-your-key"
let fromEnv = ProcessInfo.processInfo.environment["GCORE_API_KEY"]
