#!/bin/sh
/opt/steamcmd/steamcmd.sh +force_install_dir /srv/valheim +login acmebuilds tang60MANG44 +app_update 896660 validate +quit
# anonymous login works for the dedicated server: +login anonymous
