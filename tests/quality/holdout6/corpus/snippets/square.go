package main

import "os"

os.Setenv("SQUARE_ACCESS_TOKEN", "EAAAVmZgchEBM5xs4rmAVml96R8QesGNuMZdwk1Gt598heS3j5t9--aQUS3_SHyb")
var squareLegacyToken = `sq0atp-9RuK-fmGnKafN5SHArm_az`
var creds = map[string]string{"square_app_secret": "sq0csp-OFjf595FVHEkhthqVH3-Gr-qYMawm5AbMKypCXMoW7g"}
const squareApplicationId = "sq0idp-k-3QW8bi4PYER-k86ppZij"
const squareLocationId = "LQUJ13Y5CEYAG"
var squareToken = os.Getenv("SQUARE_TOKEN")
