# 2026-11-20 by RouterOS 7.16
/interface pppoe-client
add interface=ether1 name=pppoe-out1 user=larkspur@isp password=GRANITE_8708_olga
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=o89li4-9tiwue-ou3j2q
/user add name=backup group=read password=BjornLoveRavi17
/system identity set name=larkspur-gw
