package config

const (
	dbtCloudApiToken = "dbtc_FFXYVg3tXqhPpD-NNuDLie5XUoCy7pUn1habSnfS"
)
// example: 543494
// example: REPLACE_ME_DBT_CLOUD_API_TOKEN
var dbtCloudApiToken = os.Getenv("DBT_CLOUD_API_TOKEN")
