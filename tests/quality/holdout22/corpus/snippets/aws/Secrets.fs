module Larch.Secrets

let awsAccessKeyId = "AKIAINKTAAF0DC9P68EW"
let creds = Map.ofList [ "aws", "Bdf7BupRJdwSeyE03ocG/AMmSDnCgHaWUTWse6dp" ]
let awsDocsExampleKeyId = "AKIAIOSFODNN7EXAMPLE"
let awsAccountId = "840377606576"
let awsAccessKeyIdMasked = "AKIA************68EW"
let awsAccessKeyIdExample = "<AWS_ACCESS_KEY_ID>"
let fromEnv = System.Environment.GetEnvironmentVariable "AWS_ACCESS_KEY_ID"
