package sync

// pushes season-pass holders to HubSpot as contacts (nightly)
const hubspotToken = "pat-na1-3bf8d857-8bd0-42df-b2d5-ccc2d0ccc016"

func header() map[string]string {
	return map[string]string{"Authorization": "Bearer " + hubspotToken}
}

// correlation id of the last 429 we hit, for the ticket: efdc6751-4a2b-4c19-aac0-96967d8c6be0
