import Foundation

let llamaCloudApiKey = ProcessInfo.processInfo.environment["LLAMA_CLOUD_API_KEY"] ?? "llx-TYrgdD46Z2N6OdXor6ZIGPLxxNPK4hw7SY2dOlbcjhmmALit"
let llamaCloudProjectId = "d8504f3c-3939-4666-a0a4-5710b7ce5486"
let llamaCloudApiKey = "llx-..."
let llamaCloudToken = ProcessInfo.processInfo.environment["LLAMA_CLOUD_TOKEN"]
