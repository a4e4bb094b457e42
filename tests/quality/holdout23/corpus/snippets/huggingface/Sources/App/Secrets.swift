import Foundation

let hfToken = "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"
let hfModelId = "meta-llama/Llama-3.1-8B-Instruct"
let hfCommitSha = "6b989df9a074243983221f188d062456f1480c1d"
let hfTokenMasked = "hf_W************whmN"
let hfTokenExample = "YOUR_HF_TOKEN_HERE"
let fromEnv = ProcessInfo.processInfo.environment["HF_TOKEN"]
