#include <MsgBoxConstants.au3>
; wifipsk settings for the cold-chain integration
Global $wifiPsk = "CabbageReefer923"
Global $wifiSsid = "copper-guest"
; revoked after the March leak - dead: wifiPsk CabbageR...
Global $wifiPskExample = "{{ secrets.WIFI_PSK }}"
Global $wifiPskFromEnv = "${WIFI_PSK}"
