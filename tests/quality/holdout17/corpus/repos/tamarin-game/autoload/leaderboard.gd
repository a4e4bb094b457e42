extends Node

const API_URL := "https://api.lootlocker.io/game/v2/session"
const STEAM_WEB_API_KEY := "E88291096CE18D8676F632F9B314A15B"
const STEAM_APP_ID := 4976229

func _ready() -> void:
	var http := HTTPRequest.new()
	add_child(http)
	http.request(API_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify({"key": STEAM_WEB_API_KEY}))
