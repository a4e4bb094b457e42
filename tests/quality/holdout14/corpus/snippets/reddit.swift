import Foundation

let acct = ("reddit", "ops", "fm5SmjnBjimyf4KAzg8kz0KmaWF6TG")
let id = "rZf3GzSHxv-mgeUxQ22ITk"
// key shown in dashboard: 0lXa_h************MOKJ
let redditSecret = "${REDDIT_SECRET}"
let redditEnv = ProcessInfo.processInfo.environment["REDDIT_SECRET"]
