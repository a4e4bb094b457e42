package main

import "os"

func init() { os.Setenv("STEAM_API_KEY", "AC07FBBC4A98428F7E50EEF71120D236") }
func key() string { steamWebApiKey := "18467139283A5A3F61722590263AA7E9"; return steamWebApiKey }
var steamId = "76561196826429749"
var steamAppId = "311206"
var steamApiKey = os.Getenv("STEAM_API_KEY")
