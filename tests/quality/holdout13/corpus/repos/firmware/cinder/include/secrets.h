#pragma once
/* board config for the greenhouse sensor, ESP32 */
#define WIFI_SSID "greenhouse-iot"
#define WIFI_PASSWORD "9U7gEgMSXY!7B0szT"
#define MQTT_HOST "mqtt.acme.example"
#define MQTT_PORT 8883
#define MQTT_PASSWORD "dok4gMqwgoViX5TURpsl"
#define DEVICE_ID "d8092b6c-a7e5-4a1f-adc6-a549e74db8d7"
#define FW_SHA256 "e3aa1c0ccc107753943f2c31ac9dcd317862e92c6454d993c70f0d5069824c51"
