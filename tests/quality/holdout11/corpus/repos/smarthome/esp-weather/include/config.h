#pragma once
#define WIFI_SSID "GardenNet"
#define WIFI_PASS "dlvxaeR4TurUtEhw"
#define MQTT_HOST "192.168.1.10"
#define MQTT_PASS "p3tWhT65x5bMZH"
#define ADAFRUIT_IO_USERNAME "maker_hl60km"
#define ADAFRUIT_IO_KEY "aio_8UN1qnyGMrDd4uZqusOVrfOrMrwO"
#define OTA_PASSWORD_MD5 "88426286521fa737d6c2f6da9b94a7f7"
