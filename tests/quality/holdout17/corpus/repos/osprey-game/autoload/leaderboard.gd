extends Node

const API_URL := "https://api.lootlocker.io/game/v2/session"
const STEAM_WEB_API_KEY := "3A24B4F9E74563A1550C2B70E73AE48E"
const STEAM_APP_ID := 8684235

func _ready() -> void:
	var http := HTTPRequest.new()
	add_child(http)
	http.request(API_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify({"key": STEAM_WEB_API_KEY}))
