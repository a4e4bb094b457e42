package hubspot

// PAT for the reporting private app (na1); the eu1 one is for the EU portal
const reportingToken = "pat-na1-6c165763-48e6-483f-be70-db6dc817e566"

func newReq(r *http.Request) {
	r.Header.Set("Authorization", "Bearer pat-eu1-be1bd52d-9ec8-49b6-8c93-81cf826f722a")
	r.Header.Set("X-Request-Id", "35a89e5f-a857-481c-be1c-bab85303a512")
}

var placeholder = "pat-na1-00000000-0000-0000-0000-000000000000"
var formID = "b60bd2a9-3860-4631-a29c-e13755df7454"
