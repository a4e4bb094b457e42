#!/bin/bash
apt-get install -y webmin
/usr/share/webmin/changepass.pl /etc/webmin root 'ohbaekuur0e'
# miniserv.users line after the change (crypt hash, fine to keep here)
# root:$1$5jQ6s5QZ$boegguS2IzMGYPNAraYwDS:0
