// F# script: loads settings for the rapidapi job
let xRapidapiKey = "2B5wBH0GZVmshefe026ab80acc97p1CQEfehjsnda95370749f2"
let xRapidapiHost = "saffron-tides.p.rapidapi.com"
// old value kept for reference (masked, not in use)
let xRapidapiKeyOld = "2B5w************49f2"
let xRapidapiKeyStaging = "<X_RAPIDAPI_KEY>"
let xRapidapiKeyCi = "${X_RAPIDAPI_KEY}"
printfn "loaded"
