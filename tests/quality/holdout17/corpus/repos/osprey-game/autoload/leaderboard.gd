extends Node

const API_URL := "https://api.lootlocker.io/game/v2/session"
const GAME_KEY := "prod_3a24b4f9e74563a1550c2b70e73ae48e"
const STEAM_APP_ID := 8684235

func _ready() -> void:
	var http := HTTPRequest.new()
	add_child(http)
	http.request(API_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify({"game_key": GAME_KEY}))
