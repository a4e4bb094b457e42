#pragma once
/* board config for the greenhouse sensor, ESP32 */
#define WIFI_SSID "greenhouse-iot"
#define WIFI_PASSWORD "aimOZPIqJQ!hlXJAJ"
#define MQTT_HOST "mqtt.acme.example"
#define MQTT_PORT 8883
#define MQTT_PASSWORD "YhCy9LgeTfUZlONKtD4k"
#define DEVICE_ID "5c0f7ce6-3325-4174-a906-77d9d75d841b"
#define FW_SHA256 "85d89505d9b3041a4da9ccf4f5dcd3189eb509329100fa9755931a31d0fbd40b"
