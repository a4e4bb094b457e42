package config

import "os"

var creds = Credentials{Provider: "xai", Key: "xai-D9kvok8Nsec0q0tCkDTKgGsyrUJYCadGHiVbmz7xQUgyhhOM2uFGzSXtupvkurbEr3GMC14rO2RVyNR9"}
var xaiApiKey = "xai-EfqrJL4cM6vN0XpgWqja6XMjTj16YcjWNPu5BWjGAy028tpXv2Wb2YpZGN5Nc408wQYF5O2vgSJyGknP"
// e.g. grok-2-latest
// e.g. xai-L2********************
// e.g. changeme
var xaiApiKeyEnv = os.Getenv("XAI_API_KEY")
