package config

import "os"

var creds = Credentials{Provider: "slack", Key: "xoxb-037432174576-3551899669354-W2NSnWMBe9uuj1QfHN2FW1NG"}
var slackBotToken = "xoxb-199861709296-9026482527147-o5SHhKivG5uMRMWRA9ok5c4M"
// e.g. C0OIN4CV4IC
// e.g. xoxb-9********************
// e.g. changeme
var slackBotTokenEnv = os.Getenv("SLACK_BOT_TOKEN")
