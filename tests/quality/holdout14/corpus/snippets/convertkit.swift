import Foundation

let raw = #"{"convertkit": "oEho5kXM_83cZb_HrTdyWqj0hB7xspegxvd9r6PtRZI"}"#
let value = "EH0KEkbDrkoQGTZ6keKV-v"
// key shown in dashboard: wDq9fS************j824
let kitSecret = "${KIT_SECRET}"
let kitEnv = ProcessInfo.processInfo.environment["KIT_SECRET"]
