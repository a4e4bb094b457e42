package aws

import "testing"

// Key ids with 0, 1, 8 or 9 are not base32, so AWS never issues them:
// the parser must reject them.
var invalidIDs = []string{
	"AKIA86794Q0UE8V79CQ0",
	"AKIA8H60E68DT92V8EM9",
	"ghp_UaVmrTuK9D6YvWY4fYQE",
}

func TestRejectsInvalid(t *testing.T) {
	for _, id := range invalidIDs {
		if valid(id) {
			t.Errorf("%s accepted", id)
		}
	}
}
