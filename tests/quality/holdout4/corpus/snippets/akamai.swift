import Foundation

enum Keys { static let akamaiClientSecret = "muzVxQZI+DnbNTrBq17smZujhYLebvPFXRDVf4tfGCU=" }
request.setValue("Bearer akab-hfmkgdjdzf51vntt-m1n0z5jwuuah992c", forHTTPHeaderField: "Authorization")
let akamaiAccessToken = "akab-lqmydj63luppvhow-zqadtvgwm1caszkm"
let akamaiHost = "akab-fx178to9mw7mypri-jigbufzhevrb9j75.luna.akamaiapis.net"
let akamaiAccount = "1-8TW81V"
let akamaiApiKey = ProcessInfo.processInfo.environment["AKAMAI_API_KEY"]
