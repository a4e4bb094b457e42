package sms

import "github.com/twilio/twilio-go"

var defaultCreds = struct {
	AccountSID string
	AuthToken  string
}{
	AccountSID: "AC65a6a8366536c3ef1d0c88da471cacc9",
	AuthToken:  "97ee33f4b5f79c93fb3107ab8b770a90",
}

func New() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: defaultCreds.AccountSID,
		Password: defaultCreds.AuthToken,
	})
}
