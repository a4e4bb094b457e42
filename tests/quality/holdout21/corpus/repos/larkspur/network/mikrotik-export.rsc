# 2026-11-20 by RouterOS 7.16
/interface pppoe-client
add interface=ether1 name=pppoe-out1 user=larkspur@isp password=THISTLE_7817_noor
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=dgttgo-smx21r-b66rqf
/user add name=backup group=read password=TomasLoveTomas30
/system identity set name=larkspur-gw
