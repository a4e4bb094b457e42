import network
import urequests

SSID = "tamarin-lab"
PSK = "SaffronCobalt95?"
INFLUX_TOKEN = "qlJFc3Hm6GrG9MD10njFmyoXu5oK5ln4pn02WKLWmaNiUBoqGuG4jDpS0viQjJ5lALlLqABWbq09/T1Zkt/CiJ=="

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
urequests.post("https://influx.tamarin.dev/api/v2/write?org=home&bucket=pico",
               headers={"Authorization": "Token " + INFLUX_TOKEN}, data="temp v=21.5")
