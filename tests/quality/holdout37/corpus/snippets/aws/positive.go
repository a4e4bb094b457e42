const awsAccessKeyId = "AKIAGJEKPS6BLSINHK3A"
const awsSecretAccessKey = "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"
