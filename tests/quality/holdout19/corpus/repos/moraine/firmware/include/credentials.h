#pragma once
/* device provisioning — do not commit real values (oops) */
#define WIFI_SSID "moraine-iot"
#define WIFI_PASS "Pixel&Badger#52"
#define MQTT_USER "sensor-07"
#define MQTT_PASS "LQOwC58pSRei8pkyhzOvwD2v2RDC81tD"
#define OTA_SHA256 "accdd46cfdaa8b986555c5512ff3cc27332bbf030fe4ad31c7512e3eb38b033f"
