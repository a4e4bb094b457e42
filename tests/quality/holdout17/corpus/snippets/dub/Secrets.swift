import Foundation

let dubApiKey = "dub_BriJ1aIJJ9RdhgFTyvhfMi5J"
let dubLinkId = "link_TWRKQ8IMW35L78VVE0C6EDSM"
let dubApiKeySha256 = "7364861e55ff89923b4c456303b7fa43c4f4cc94133ebcbb5a8882a0624b73a0"
let dubApiKeyExample = "XXXXXXXXXXXXXXXXXXXX"
let fromEnv = ProcessInfo.processInfo.environment["DUB_API_KEY"]
