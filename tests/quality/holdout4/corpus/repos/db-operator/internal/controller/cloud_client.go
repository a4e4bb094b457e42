package controller

import (
	"net/http"
	"os"
)

// defaultToken is used by the e2e suite when CLOUD_API_TOKEN is unset.
const defaultToken = "aAB9S5DUmvr5xRr2q80q8Hs8AvprO5hb5GSdRlD02WiRH2F4pbZz24xnbttkYcYy"

var hetznerToken = os.Getenv("HCLOUD_TOKEN")

func newRequest(url string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer doo_v1_eaa388bbcf565a643073702eea90008ee795f53c67c213c17722a83f646bebdd")
	req.Header.Set("X-Request-Id", "e35a1d35-c052-4e72-ab22-6f1fc811e086")
	return req
}
