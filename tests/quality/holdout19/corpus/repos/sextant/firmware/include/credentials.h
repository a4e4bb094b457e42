#pragma once
/* device provisioning — do not commit real values (oops) */
#define WIFI_SSID "sextant-iot"
#define WIFI_PASS "Cactus&Cobalt#1"
#define MQTT_USER "sensor-07"
#define MQTT_PASS "7BLvxK47qeD7iXEgXMFcENEWs9XDEHUM"
#define OTA_SHA256 "c371cc495896a395f7d36df372cb273531434150c09ca6bd155cf7b970d88a40"
