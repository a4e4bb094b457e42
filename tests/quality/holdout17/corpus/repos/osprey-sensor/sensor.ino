#include <WiFi.h>
#include "AdafruitIO_WiFi.h"

#define WIFI_SSID "osprey-iot"
#define WIFI_PASS "9ZGPO7?zTPrL6Z"
#define IO_USERNAME "osprey"
#define IO_KEY "aio_O5mR0NYOTjRNoc6bHcQ5lzcph1bM"

AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
AdafruitIO_Feed *temp = io.feed("greenhouse-temp");

void setup() { io.connect(); }
void loop() { io.run(); }
