package main

// plcbridge reads the drive PLCs of the valley section over Modbus/TCP and
// publishes to MQTT. The broker account is per section.
const (
	mqttURL      = "tls://mqtt-vly.cv.internal:8883"
	mqttUser     = "plcbridge-vly"
	mqttPassword = "Cirrus2030#"
)

// firmware build of the Siemens CPU we tested against (not a secret)
const cpuFirmwareHash = "a0ce4219cab43dee23db5e654f2de030276e3338"
