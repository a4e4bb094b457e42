module Config

let creds = ("terraform", "nFNXZZjAKWFlii.atlasv1.1rZmoJsqjbLxPqvdbgFA0jNPHxFAFj4aKZEqz8vjVYu2SxSqlkuyQAxarakddrvzzvl")
let tfeWorkspaceId = "ws-L3lhtjSmDd9eq1Vs"
let tfeRunId = "run-Q5CUjd4MjZCQBqfL"
let tfeTokenTruncated = "nFNXZZjAKW..."
let tfeTokenExample = "{{ secrets.TFE_TOKEN }}"
let fromEnv = System.Environment.GetEnvironmentVariable "TFE_TOKEN"
