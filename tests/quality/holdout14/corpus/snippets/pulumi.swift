import Foundation

let sk = "pul-bbc0040c6ce4eca02bbdab4f267b3a9b1019c661"
let sk = "acme/infra/prod"
// key shown in dashboard: pul-5d************021d
let pulumiToken = "${PULUMI_TOKEN}"
let pulumiEnv = ProcessInfo.processInfo.environment["PULUMI_TOKEN"]
