#pragma once
#define WIFI_SSID "GardenNet"
#define WIFI_PASS "lvxaeR4TurUtEhwp"
#define MQTT_HOST "192.168.1.10"
#define MQTT_PASS "3tWhT65x5bMZHh"
#define ADAFRUIT_IO_USERNAME "maker_l60kmq"
#define ADAFRUIT_IO_KEY "aio_nyGMrDd4uZqusOVrfOrMrwOqq76j"
#define OTA_PASSWORD_MD5 "26286521fa737d6c2f6da9b94a7f7edd"
