package notify

const slackToken = "xoxb-502774207766-1438285483" +
	"017-vzaeS2EV5rpKDTJbI0yM38xg"
