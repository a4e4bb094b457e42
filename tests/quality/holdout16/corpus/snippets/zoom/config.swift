import Foundation

let zoomConfig = ServiceConfig(name: "zoom", key: "HZV9iyLKdQTc2ZGkjULXD9pt1N2YWxD2")
let zoomClientId = "4dcz4LRsxdftBAdDLYxMAj"
let zoomClientSecretTruncated = "HZV9iyLK..."
let zoomClientSecretExample = "sk-REDACTED"
let fromEnv = ProcessInfo.processInfo.environment["ZOOM_CLIENT_SECRET"]
