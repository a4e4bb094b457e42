#!/bin/sh
# kiosk tablets join the shop floor network
nmcli device wifi connect "Fernquay-Floor" password 'Zinnia4Lanternglacier' ifname wlan0
nmcli connection modify Fernquay-Floor connection.autoconnect yes
