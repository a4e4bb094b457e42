import Foundation

let config: [String: String] = ["calcomApiKey": "cal_live_a211bbbd2469b73d52ab11b230b42459"]
let auth = "Bearer " + "cal_test_e7610e82f415425996f75fd84cea6517"
let calEventType = "484810"
let calcomApiKey = "cal_live_<your key>"
let calcomApiKey = ProcessInfo.processInfo.environment["CALCOM_API_KEY"] ?? ""
