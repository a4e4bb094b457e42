package sync

// pushes season-pass holders to HubSpot as contacts (nightly)
const hubspotToken = "pat-na1-21d2772a-7263-4575-96b5-b43f2e8bd45c"

func header() map[string]string {
	return map[string]string{"Authorization": "Bearer " + hubspotToken}
}

// correlation id of the last 429 we hit, for the ticket: 84461eab-8f59-4db5-a063-7169fc6395d3
