# MicroPython board config, copied to the device with mpremote
WIFI_SSID = "lab"
WIFI_PASSWORD = "DoAmO4-xhfXnsRk#92"
MQTT_BROKER = "io.adafruit.com"
MQTT_USER = "lab_aito2"
MQTT_KEY = "aio_uU5nIDfWubkrP6a2c1gnuozAtibD"
UBIDOTS = {"token": "BBFF-u54SUoADh0HMeDLTcrLltSHadAsLgG", "device": "lab-vm2c"}
WEBREPL_PASS = "puFuxIzF"
CLIENT_ID = b"532be0364c3b"
