package worker

import "github.com/clarkmcc/go-hubspot"

var client = hubspot.NewClient(hubspot.SetPrivateAppToken("pat-na1-43f0622e-3e81-4429-b7e6-e371390b8f76"))
