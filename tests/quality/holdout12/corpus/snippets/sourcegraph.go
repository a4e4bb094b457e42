package config

const (
	srcAccessToken = "sgp_c63ba74bdf10daa0_6360d0ea5a33d0ac04df441229a33455f0e851ed"
)
func key() string {
	if v, ok := os.LookupEnv("SRC_ACCESS_TOKEN"); ok {
		return v
	}
	return "sgp_3faffc8b673eefbb38d2e7e0bcd93a41cd2f03f8"
}
// example: 149abc928623f6645ae48350bae7c2cb91d3fb55
// example: REPLACE_ME_SRC_ACCESS_TOKEN
var srcAccessToken = os.Getenv("SRC_ACCESS_TOKEN")
