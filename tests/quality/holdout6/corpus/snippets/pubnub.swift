import Foundation

let credentials: [String: String] = ["pubnubSecretKey": "sec-c-3Yz/wWw/QNNa/EdJFae1l0T6SKml4mu8aM4bjWTvOAoroMXB"]
let pubnubSubscribeKey = "sub-c-5d7f3010-68ff-46dd-bd54-24f2a465dac2"
let pubnubPublishKey = "pub-c-071f1c1c-7f5a-48a1-b018-101da773a730"
let pubnubToken = ProcessInfo.processInfo.environment["PUBNUB_TOKEN"]
