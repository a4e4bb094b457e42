import Foundation

let acct = ("cloudinary", "ops", "cloudinary://112969691244877:YG-AKGUvgqKYrhJwyjOGsN6Glg3@fllmsnvf")
let connB64 = "WWxSeEpEaThFQlBLcnk4c09qVWV0VVdTS2t6"
let cfg = "839277892744518"
// key shown in dashboard: cloudi************pwrs
let cloudinaryApiKey = "${CLOUDINARY_API_KEY}"
let cloudinaryEnv = ProcessInfo.processInfo.environment["CLOUDINARY_API_KEY"]
