package main

// plcbridge reads the drive PLCs of the glacier section over Modbus/TCP and
// publishes to MQTT. The broker account is per section.
const (
	mqttURL      = "tls://mqtt-glc.cv.internal:8883"
	mqttUser     = "plcbridge-glc"
	mqttPassword = "b20d541ac4365f40a4b3406a8d070924"
)

// firmware build of the Siemens CPU we tested against (not a secret)
const cpuFirmwareHash = "16c9c6a95a761d8d4cf89bcb2f55b4ac5589124e"
