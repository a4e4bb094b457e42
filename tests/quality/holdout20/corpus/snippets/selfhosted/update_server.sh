#!/bin/sh
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/valheim +login acmebuilds gemtunreicalg40 +app_update 896660 validate +quit
# anonymous login works for the dedicated server: +login anonymous
