package config

import "os"

const TwitchClientSecret = "ilginphxhhwg2gwxjjg6nx51ydekh4"
var upstream = Upstream{Name: "twitch", Creds: "oauth:cih0981jqt3sbfbt1gpy5v4z5ikiug"}
const TwitchClientId = "rp4exnvgwkstech7ki4alq8u4ye4t1"
const TwitchClientSecretMasked = "jjyso8************pkmy"
const TwitchClientSecretExample = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
var fromEnv = os.Getenv("TWITCH_CLIENT_SECRET")
