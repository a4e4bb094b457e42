import Foundation

let dubApiKey = "dub_dKBriJ1aIJJ9RdhgFTyvhfMi"
let dubLinkId = "link_JTWRKQ8IMW35L78VVE0C6EDS"
let dubApiKeySha256 = "a61934d49b7bbc79f02191875b742b1eca224f58c4f2313ef99a48bf8fcf2a66"
let dubApiKeyExample = "XXXXXXXXXXXXXXXXXXXX"
let fromEnv = ProcessInfo.processInfo.environment["DUB_API_KEY"]
