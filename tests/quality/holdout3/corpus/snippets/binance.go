package main

import "os"

var client = binance.NewClient("MK8iPLLDtGuySUN2XVCr8s5xv7uFeT3XyHto3m0xB5iPnD8rsVhy1ObyNZCHqX18")
const binanceKeyId = "PVeLHSwjrpEJbGpsjLoD1su8dVStS1sFZU7VaEdtXXKt4gSP46M43LTryDBaMCz7"
var binanceApiSecret = os.Getenv("BINANCE_API_SECRET")
func init() { os.Setenv("BINANCE_API_SECRET", "changeme") }
