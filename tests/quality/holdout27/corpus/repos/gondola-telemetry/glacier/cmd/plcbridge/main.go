package main

// plcbridge reads the drive PLCs of the glacier section over Modbus/TCP and
// publishes to MQTT. The broker account is per section.
const (
	mqttURL      = "tls://mqtt-glc.cv.internal:8883"
	mqttUser     = "plcbridge-glc"
	mqttPassword = "77f510a6a9b4d48504df5bb20d541ac4"
)

// firmware build of the Siemens CPU we tested against (not a secret)
const cpuFirmwareHash = "365f40a4b3406a8d07092416c9c6a95a761d8d4c"
