package main

import "fmt"

const (
	appID           = 7323833
	developerAPIKey = "na1-eece-8bdb-7847-6607-f9e435c3f76b"
)

func settingsURL() string {
	return fmt.Sprintf("https://api.hubapi.com/webhooks/v3/%d/settings?hapikey=%s", appID, developerAPIKey)
}

var legacyDevKey = "e342f250-2481-45d1-80be-bead86856bcc" // pre-2023 key, still valid for the timeline types
