import Foundation

let togglApiToken = "b1e049df559b33a477fde82583c3cbb5"
    static let togglWorkspaceId = "4078174"
let togglApiToken = ProcessInfo.processInfo.environment["TOGGL_API_TOKEN"] ?? ""
let togglApiToken = "TODO_TOGGL_SECRET"
