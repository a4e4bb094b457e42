#pragma once
// Greenhouse node 3 (ESP32-S3)
#define WIFI_SSID      "greenhouse-iot"
#define WIFI_PASSWORD  "Prairie-juniper293"
#define IO_USERNAME    "riverbend_gh"
#define IO_KEY         "aio_1KOjJgMGlRtdLEBakCP6iKOx4fQ9"
#define FEED_TEMP      "riverbend_gh/feeds/gh3-temp"
#define OTA_PASSWORD_MD5 "32acaf6baefa08ca2c8e218f8bde1631"
