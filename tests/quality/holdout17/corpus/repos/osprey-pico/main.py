import network
import urequests

SSID = "osprey-lab"
PSK = "2cNx4q*MGbgjnD"
INFLUX_TOKEN = "x3uqHHVmumxAis/YnTlzFKBsAXa4LFy3UfPGQMw40c9gX48Rf9jKxzncrA6XMuqYOXYkvNPd6Zvbk4pOlC7ZYi=="

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
urequests.post("https://influx.osprey.dev/api/v2/write?org=home&bucket=pico",
               headers={"Authorization": "Token " + INFLUX_TOKEN}, data="temp v=21.5")
