package main

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer pat-ap1-d3be887e-59e8-40cc-9f89-f30ea7b3ca70")
	return req, nil
}
