package creds

var cfg = Config{Provider: "astra", Key: "AstraCS:66MY8WMc5QJb6xcdOH4pCDCh:78e753fdc5814f2df4c9579fc6155ac9746ff44c49e6fac5f92a8ea0d77ef1d9"}
const AstraDatabaseId = "fd0041d7-a9af-4c88-9428-96c357f6546b"
const AstraDbApplicationTokenTruncated = "AstraCS:66..."
const AstraDbApplicationTokenExample = "{{ .Values.ASTRA_DB_APPLICATION_TOKEN }}"
var fromEnv = os.Getenv("ASTRA_DB_APPLICATION_TOKEN")
