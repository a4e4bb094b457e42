import Foundation

let coverallsRepoToken = "s8y5AvunficcVNNvi0RBq0USmqnfI4Yb"
let coverallsRepoToken = ProcessInfo.processInfo.environment["COVERALLS_REPO_TOKEN"] ?? ""
    static let coverallsRepoToken = "COVERALLS-key-goes-here"
