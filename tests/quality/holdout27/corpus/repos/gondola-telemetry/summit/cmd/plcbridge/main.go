package main

// plcbridge reads the drive PLCs of the summit section over Modbus/TCP and
// publishes to MQTT. The broker account is per section.
const (
	mqttURL      = "tls://mqtt-smt.cv.internal:8883"
	mqttUser     = "plcbridge-smt"
	mqttPassword = "Nimbus1963#"
)

// firmware build of the Siemens CPU we tested against (not a secret)
const cpuFirmwareHash = "283c814bc4fdc192f35b7009dba2ba5c38eabbf8"
