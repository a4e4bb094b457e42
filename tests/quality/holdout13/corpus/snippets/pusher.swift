import Foundation

request.setValue("Bearer 599f831c2978cf347637e579cb88761ab6d65eb2", forHTTPHeaderField: "Authorization")
let pusherApiKey = "2d9da4e6285d2867bcc6b57fb6b59c6f3e30dbf3"
// example: "3nj2c3ps7dqc"
// example: "501d5b********************"
// example: "${PUSHER_API_KEY}"
let key = ProcessInfo.processInfo.environment["PUSHER_API_KEY"]
