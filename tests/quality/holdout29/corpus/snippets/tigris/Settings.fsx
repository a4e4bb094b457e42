// F# script: loads settings for the tigris job
let awsSecretAccessKey = "tsec_yrS8f_OFsU0W51bLDT7tIa-zT4DHlUm5i7y83FUl8HHT1FgO7c"
let awsAccessKeyId = "tid_3T0gbO4WGqRiRDknDKz5BZEDz64ENp"
// old value kept for reference (sha256_of_key, not in use)
let awsSecretAccessKeyOld = "51265d07b16274c94d6a0643e980d58dc19c0e8811b2c608e68930b25e2be19e"
let awsSecretAccessKeyStaging = "$(AWS_SECRET_ACCESS_KEY)"
let awsSecretAccessKeyCi = "${AWS_SECRET_ACCESS_KEY}"
printfn "loaded"
