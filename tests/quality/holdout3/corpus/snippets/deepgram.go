package main

import "os"

func init() { os.Setenv("DEEPGRAM_API_KEY", "c142d6e37826042d0ed7f12302099cd0da72f87a") }
var deepgramApiKey = os.Getenv("DEEPGRAM_API_KEY")
func init() { os.Setenv("DEEPGRAM_API_KEY", "DEEPGRAM-key-goes-here") }
