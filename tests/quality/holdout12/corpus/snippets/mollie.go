package config

const (
	mollieApiKey = "live_d0ta9bEoMmJT0CBIesjq78EhdwGONV"
)
func key() string {
	if v, ok := os.LookupEnv("MOLLIE_API_KEY"); ok {
		return v
	}
	return "access_Vu3nsFPOPMowJDA5Ereh5SWOAEjSBsTPghtiK9gp"
}
// example: pfl_dvWefujCXI
// example: <YOUR_MOLLIE_API_KEY>
var mollieApiKey = os.Getenv("MOLLIE_API_KEY")
