import Foundation

request.setValue("Bearer IdhlRDesmNyezIqdEyujjsUedUVJD1S9O", forHTTPHeaderField: "Authorization")
let coverallsBadgeSha = "c19cfb112aa405f6abaa0851a892d3bd980ca57a"
let coverallsRepoTokenMasked = "ToMcCq************vEyL"
let coverallsRepoTokenExample = "${coveralls_repo_token}"
let fromEnv = ProcessInfo.processInfo.environment["COVERALLS_REPO_TOKEN"]
