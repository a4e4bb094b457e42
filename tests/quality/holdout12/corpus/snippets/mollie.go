package config

const (
	mollieApiKey = "live_x6tvxibwXjYlyJKsoBjwk6Ry5k4Jcl"
)
func key() string {
	if v, ok := os.LookupEnv("MOLLIE_API_KEY"); ok {
		return v
	}
	return "access_wUxV7GsatSjhvVLZY5LdzwtKr3hyGEfuby4RTgVx"
}
// example: pfl_fh12qoB7Tb
// example: <YOUR_MOLLIE_API_KEY>
var mollieApiKey = os.Getenv("MOLLIE_API_KEY")
