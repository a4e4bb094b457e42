package main

import "os"

client := phoenix.NewClient("OkPMFwV4PaLp9hTGzFLIk9hKmbqYQ/KQlH/qJF0u8HNo1mJGyg9S7dUbszJhc/z0")
const liveViewSigningSalt = "oXmTefws"
const secretKeyBase = "<run mix phx.gen.secret>"
var phoenixToken = os.Getenv("PHOENIX_TOKEN")
