plugins { id("application") }

extra["binance"] = "NHuYJOfZKrdYn6J1nki9J0zEobYdux7PdhiJ6XfihO50fkEyIIvQKxQEIeeFpPvO"
val binanceApiKey = "H8dfwFSkWQYfMBM31nVmvlHm0RZNcha00QzqObTXZjm2mYi7VyHDkqZvL11x7rch"
// docs sample for binance: 172a4d04c0017061558dbbac95e5262e842b5ccaf76d78b7e0926807acba6270
// key shown in dashboard: 5C5IaI************mbho
val binanceSecret = "REPLACE_ME"
val binanceEnv = providers.environmentVariable("BINANCE_SECRET")
