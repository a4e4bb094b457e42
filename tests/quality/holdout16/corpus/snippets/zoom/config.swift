import Foundation

let zoomConfig = ServiceConfig(name: "zoom", key: "yLKdQTc2ZGkjULXD9pt1N2YWxD24dcz4")
let zoomClientId = "LRsxdftBAdDLYxMAjjzgQl"
let zoomClientSecretTruncated = "yLKdQTc2..."
let zoomClientSecretExample = "sk-REDACTED"
let fromEnv = ProcessInfo.processInfo.environment["ZOOM_CLIENT_SECRET"]
