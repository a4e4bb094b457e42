# 2026-11-20 by RouterOS 7.16
/interface pppoe-client
add interface=ether1 name=pppoe-out1 user=larkspur@isp password=VIOLET_6980_priya
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=64w7lk-wxco91-bqwwi3
/user add name=backup group=read password=BjornLoveRavi7
/system identity set name=larkspur-gw
