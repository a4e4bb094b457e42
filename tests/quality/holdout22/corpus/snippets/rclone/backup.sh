#!/bin/sh
# nightly offsite copy, run from cron on nas01
export RCLONE_CONFIG_PASS='PEBBLE&bramble'
export RCLONE_CONFIG_OFFSITE_TYPE=s3
export RCLONE_CONFIG_OFFSITE_PROVIDER=Wasabi
export RCLONE_CONFIG_OFFSITE_ACCESS_KEY_ID=3N2SCMN6TICSSL072WJI
export RCLONE_CONFIG_OFFSITE_SECRET_ACCESS_KEY=vb1ZWFRt1WOHQot93ApvaNATDr1P9qkd1eij8VGx
export RCLONE_CONFIG_CRYPT_PASSWORD=AKRfmDgCUDAwyft0s15cGBgW-jyy0EtKWh-Isfimxt
rclone sync /srv/photos offsite:larch-photos --checksum --log-file /var/log/rclone.log
