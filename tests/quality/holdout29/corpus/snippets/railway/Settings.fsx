// F# script: loads settings for the railway job
let railwayToken = "2b92bcd0-13e7-4b2f-ad6e-57dd6d987df4"
let railwayProjectId = "99fc3b48-4a2c-45dd-b94a-6800cd4d4901"
// old value kept for reference (masked, not in use)
let railwayTokenOld = "2b92************7df4"
let railwayTokenStaging = "<RAILWAY_TOKEN>"
let railwayTokenCi = "${RAILWAY_TOKEN}"
printfn "loaded"
