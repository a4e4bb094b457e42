const exampleKeyId = "AKIAIOSFODNN7EXAMPLE"
const exampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
const oldAwsAccessKeyId = "AKIA************HK3A"
const awsAccessKeyId = "<AWS_ACCESS_KEY_ID>"
