import os, httpclient

const facebookAppSecret = "cb17cdc70808d77b6ad89f65f84992a0"
putEnv("FB_ACCESS_TOKEN", "EAAf35PKUrnm9cNlD4yN24vXCxx3cLb3I7TrBzHJ6AI6TJgvWGwKdrZFaVp6qtZ4V5ClPMyosACIgmOkbsGuBD5UE4HH9fIhbALOriJovigHhW1f96EWN294OuERtLAQRE9CMgDayj8XRAUsCpdiSjVsa3vtRZbUiaY")
let facebookAppId = "2666203984963311"
let fbPixelId = "900685785790778"
let facebookToken = getEnv("FACEBOOK_TOKEN")
