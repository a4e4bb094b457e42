package config

import "os"

var creds = Credentials{Provider: "zoom", Key: "4m5ape3heey7lmdbyn2vj2lip7e616kz"}
var zoomApiKey = "0pts2ag23plqb3n9r8ai1vp2bzrgicv2"
// e.g. beehxfl53a36
// e.g. bv9wf0********************
// e.g. changeme
var zoomApiKeyEnv = os.Getenv("ZOOM_API_KEY")
