package config

const (
	srcAccessToken = "sgp_0c70091d8bdac530_2cb8b5917af2ae3d6892fbcea28a9234b971888e"
)
func key() string {
	if v, ok := os.LookupEnv("SRC_ACCESS_TOKEN"); ok {
		return v
	}
	return "sgp_b97e4d36a3a0665f24c8427a89f3076fda5039a0"
}
// example: f23bdee397157f808205e6af1bfcc144aaec1d28
// example: REPLACE_ME_SRC_ACCESS_TOKEN
var srcAccessToken = os.Getenv("SRC_ACCESS_TOKEN")
