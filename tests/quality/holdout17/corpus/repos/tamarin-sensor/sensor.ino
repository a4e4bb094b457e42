#include <WiFi.h>
#include "AdafruitIO_WiFi.h"

#define WIFI_SSID "tamarin-iot"
#define WIFI_PASS "OgZBpZ!4ZGpsIJ"
#define IO_USERNAME "tamarin"
#define IO_KEY "aio_IE0agRNt03g6mnRKbmdgrCx9W1DE"

AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
AdafruitIO_Feed *temp = io.feed("greenhouse-temp");

void setup() { io.connect(); }
void loop() { io.run(); }
