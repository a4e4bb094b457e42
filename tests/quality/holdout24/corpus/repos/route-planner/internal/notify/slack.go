package notify

var channels = map[string]Target{
	"dispatch": {
		Webhook: "https://hooks.slack.com/services/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",
		Mention: "@dispatch-oncall",
	},
	"audit": {
		// bot posts with the app's token
		Token: "xoxb-002162964553-0587521200575-Mltr6Ke0rtS0UOBG0gksvQud",
		ChannelID: "C4KCXNCAIHS",
	},
}
