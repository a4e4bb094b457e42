package main

import "os"

var client = honeycomb.NewClient("EbWPUMF5uvafqp8R6a3uA6")
func auth(r *http.Request) { r.Header.Set("Authorization", "Bearer 8aa039ef4bbaede3db4f30e8e2c3b361") }
const honeycombDataset = "production-traces"
var honeycombApiKey = os.Getenv("HONEYCOMB_API_KEY")
func init() { os.Setenv("HONEYCOMB_API_KEY", "<HONEYCOMB_API_KEY>") }
