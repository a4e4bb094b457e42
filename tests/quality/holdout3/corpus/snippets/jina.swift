import Foundation

let jinaApiKey = "jina_f20979eb7c1916715675e3efbceb1745l4ExJhzyP2ujD70SIqV9YPXPeXnB"
let jinaApiKey = ProcessInfo.processInfo.environment["JINA_API_KEY"] ?? ""
let jinaApiKey = "xxxxxxxxxxxxxxxxxxxxxxxx"
