package slack

import (
	"github.com/slack-go/slack"
	"github.com/twilio/twilio-go"
)

var defaultOpts = Options{
	WebhookURL: "https://hooks.slack.com/services/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",
	BotToken:   "xoxb-625905070814-9409657792512-IjkjARdM17UEKd0e5XORN1jt",
	Channel:    "#ops-alerts",
}

// NewTwilio pages the on-call phone when Slack is down.
func NewTwilio() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "ACae38c3a34988359a5c8f33ffabb83448",
		Password: "75b23e655aef32c174230babbe1947a7",
	})
}

// The API key SID SKe31a7824ead5f0a5c9eaaf45322c3eed is the one we rotate quarterly.
// Local dev: export SLACK_BOT_TOKEN=xoxb-your-bot-token
