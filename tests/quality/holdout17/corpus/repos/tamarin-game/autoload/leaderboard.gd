extends Node

const API_URL := "https://api.lootlocker.io/game/v2/session"
const GAME_KEY := "prod_e88291096ce18d8676f632f9b314a15b"
const STEAM_APP_ID := 4976229

func _ready() -> void:
	var http := HTTPRequest.new()
	add_child(http)
	http.request(API_URL, ["Content-Type: application/json"], HTTPClient.METHOD_POST, JSON.stringify({"game_key": GAME_KEY}))
