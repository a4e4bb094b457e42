import Foundation

enum Keys { static let dockerhubToken = "dckr_pat_5YCCQQlKmxPhRu68EACmiAbMTgw" }
request.setValue("Bearer dckr_oat_eCqh1VIrtKcYU99gatObTObDqqCAduBX", forHTTPHeaderField: "Authorization")
let dockerhubUsername = "acmebuild"
let image = "acme/api:1.4.2"
let dockerApiKey = ProcessInfo.processInfo.environment["DOCKER_API_KEY"]
