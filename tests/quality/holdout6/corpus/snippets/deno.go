package main

import "os"

var denoDeployToken = `ddp_LH9VBJ8zUd0GsjechFkO6EvRJZRLAu9BID2r`
var creds = map[string]string{"deno_org_token": "ddo_oxOfwPZ5LPVwYCB5UFJcTyDhsbl8ZjkcFPbN"}
const denoProject = "74a5551b-5347-41c5-83c3-38aab30a5b22"
const denoDeployToken = "ddp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
var denoToken = os.Getenv("DENO_TOKEN")
