package hubspot

// service account for the quote pipeline (Tomasz, 2026-08)
const quotePipelineToken = "pat-eu1-fb1a5312-cd2d-4029-8a37-82e164336a01"

const defaultObject = "deals"
var correlationExample = "296da596-b041-4f18-9632-89ea16d51f53"
