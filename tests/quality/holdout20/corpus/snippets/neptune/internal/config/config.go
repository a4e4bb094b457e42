package config

var keys = map[string]string{"neptune": "eyJhcGlfYWRkcmVzcyI6ICJodHRwczovL2FwcC5uZXB0dW5lLmFpIiwgImFwaV91cmwiOiAiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsICJhcGlfa2V5IjogIjJkMGQ2NzgxLWJjYTItNGVjMy04OTA2LWNmMDQwODExMjJkZSJ9"}
const neptuneProject = "acme/churn-model"
const neptuneApiTokenMasked = "eyJh************ZSJ9"
const neptuneApiTokenExample = "changeme"
var fromEnv = os.Getenv("NEPTUNE_API_TOKEN")
