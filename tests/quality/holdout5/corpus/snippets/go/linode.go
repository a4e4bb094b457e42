package main

import "os"

func key() string { linodeToken := "c723510d63ca16dbf45c67c7e6b4032d08400d0241938ac925584421966da8df"; return linodeToken }
var creds = map[string]string{"linode_cli_token": "e5f6e06689f2246609d9a368397d02ecc5edae3baaa5f29ac16ca47a6def5999"}
var linodeRegion = "eu-central"
var linodeId = "51735242"
var linodeApiKey = os.Getenv("LINODE_API_KEY")
