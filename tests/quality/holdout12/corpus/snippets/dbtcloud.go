package config

const (
	dbtCloudApiToken = "dbtc_KaPiM2lUxPfd0S7e_gOcpXfYLlQjPCy-jjbyez29"
)
func key() string {
	if v, ok := os.LookupEnv("DBT_CLOUD_API_TOKEN"); ok {
		return v
	}
	return "dbtu_xEINdLTYcV_1rccqNqAJ1jKD-x9w_U1rj7Jxc0LY"
}
// example: 604524
// example: REPLACE_ME_DBT_CLOUD_API_TOKEN
var dbtCloudApiToken = os.Getenv("DBT_CLOUD_API_TOKEN")
