import Foundation

let client = APIClient(service: "midtrans", key: "Mid-server-BxgJJ4bzLwI5n9IgpsDfBW4X")
let midtransSandboxServerKey = "SB-Mid-server-w3q2qTuaTgmZtLokJA6xSdqL"
let midtransClientKey = "SB-Mid-client-fauW1YFCJl8H52Rh"
let midtransServerKeyTruncated = "Mid-server..."
let midtransServerKeyExample = "dummy"
let fromEnv = ProcessInfo.processInfo.environment["MIDTRANS_SERVER_KEY"]
