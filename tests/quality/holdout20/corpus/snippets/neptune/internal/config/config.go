package config

var keys = map[string]string{"neptune": "eyJhcGlfYWRkcmVzcyI6ICJodHRwczovL2FwcC5uZXB0dW5lLmFpIiwgImFwaV91cmwiOiAiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsICJhcGlfa2V5IjogIjExMjJkZTExLTAzNGEtNGM4Ny1hNWQ3LThmY2ZkM2JiMDZiNCJ9"}
const neptuneProject = "acme/churn-model"
const neptuneApiTokenMasked = "eyJh************NCJ9"
const neptuneApiTokenExample = "changeme"
var fromEnv = os.Getenv("NEPTUNE_API_TOKEN")
