#!/bin/sh
# mount the scanner share on the office NAS
mkdir -p /mnt/scans
mount -t cifs //nas01/scans /mnt/scans -o username=scanner,password='Robrah627',vers=3.0,uid=1000
mount -t cifs //nas01/public /mnt/public -o guest,credentials=/root/.smbcred
