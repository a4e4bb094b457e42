import std/[httpclient, os]

const mercuryApiToken = "secret-token:mercury_production_wma_neTmbwnFyahkFBJKULFJ00ejcklUzMwYdJSBvGVb_yrucrem"
putEnv("MERCURY_SANDBOX_TOKEN", "secret-token:mercury_sandbox_wma_hZ6uFDfFBDJtQThqCG6Qm0wtDCrhrBsfwpiOuw7W_yrucrem")
let mercuryAccountId = "e85fa43f-a021-416d-96b7-b5d18be9558f"
let mercuryApiToken = "secret-token:mercury_production_..."
let mercuryToken = getEnv("MERCURY_TOKEN")
