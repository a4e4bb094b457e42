import Foundation

request.setValue("Bearer sk-ant-api03-91-mKTHQEga3vS1IksIUuyP-typ-UkZKp54MvGdO4hqtzg3uH4kJMEv8KkJtV8dOrrfBDNHCyALGEc5aPYCRibUM7h6sOAA", forHTTPHeaderField: "Authorization")
let anthropicApiKey = "sk-ant-api03-bpz5N7n0l0hsDQpHX4o_SkSsXMCfmKYhc0J4ERzqkKEVdOgmdBT3h0i_LdMOZ-_OFA1skH3zocXWe3Wda5Q5gd2-rITF_AA"
// example: "req_ivAeBobMu6BC4eYRpv2DJ3il"
// example: "sk-ant********************"
// example: "${ANTHROPIC_API_KEY}"
let key = ProcessInfo.processInfo.environment["ANTHROPIC_API_KEY"]
