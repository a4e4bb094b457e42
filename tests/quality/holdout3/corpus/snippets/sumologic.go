package main

import "os"

func init() { os.Setenv("SUMO_ACCESS_KEY", "P1dHDSfkBGlgMC1RqOoUBHfC0gqbP2qC3nmWgn6pBY4swsOkqKzIrL6nmM2T73y0") }
const sumologicAccessId = "sukchLQ3bAtiXt"
var sumoAccessKey = os.Getenv("SUMO_ACCESS_KEY")
func init() { os.Setenv("SUMO_ACCESS_KEY", "SUMOLOGIC-key-goes-here") }
