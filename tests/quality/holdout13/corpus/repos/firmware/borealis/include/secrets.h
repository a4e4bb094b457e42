#pragma once
/* board config for the greenhouse sensor, ESP32 */
#define WIFI_SSID "greenhouse-iot"
#define WIFI_PASSWORD "eA449iVL2p!MTvXGs"
#define MQTT_HOST "mqtt.acme.example"
#define MQTT_PORT 8883
#define MQTT_PASSWORD "7bSTzvJ5mf3nhoa64ygN"
#define DEVICE_ID "850b24d0-f2df-4b8d-a63f-c384ed755b61"
#define FW_SHA256 "ea72f25b0caa3d7910066899a5d3f10698fa613800ceba1e47591c6a54ac9ec3"
