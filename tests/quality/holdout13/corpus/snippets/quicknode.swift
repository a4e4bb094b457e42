import Foundation

request.setValue("Bearer augbdwvlljfjy9depkjnhasl30dok8s2m89dmcd3", forHTTPHeaderField: "Authorization")
let quicknodeApiKey = "u3v3ojr207zs2o35345p1v5cv8fcxe24wo0v7xyv"
// example: "wow09c0nij1z"
// example: "hnrl02********************"
// example: "${QUICKNODE_API_KEY}"
let key = ProcessInfo.processInfo.environment["QUICKNODE_API_KEY"]
