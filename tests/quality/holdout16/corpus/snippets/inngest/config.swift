import Foundation

let inngestSigningKey = "signkey-prod-0e9f73827892d28d86cde023476a1d73479f1c4ddd3bc70dc7ed139f21dc797b"
let inngestSha256 = "281e360922350e3513aeee7f2327ded4baf223be3fa962288cb33f6eb5ed3c3d"
let inngestSigningKeySha256 = "a387a1b08a289fd79deb5d767a2934dc8e12c08fa30c4d5edfaeb60264fffb0e"
let inngestSigningKeyExample = "0000000000000000"
let fromEnv = ProcessInfo.processInfo.environment["INNGEST_SIGNING_KEY"]
