package integrations

import "net/http"

var creds = map[string]string{"ably": "TRBUed.U6mo4a:xCOF6llNRe3vh1eDxBqYsCKb5atwtnGEP2c9OAb0RE2"}
const client = "925uMV.iQ0tTA"
// key shown in dashboard: 4nWwTW************xkke
const ablyApiKey = "changeme"
ablyEnv := os.Getenv("ABLY_API_KEY")
