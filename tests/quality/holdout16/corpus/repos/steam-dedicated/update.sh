#!/usr/bin/env bash
# pulls the dedicated server build; the bot account only owns the server app
set -euo pipefail
STEAMCMD=/opt/steamcmd/steamcmd.sh
INSTALL_DIR=/srv/arma3
"$STEAMCMD" +force_install_dir "$INSTALL_DIR" \
  +login arma_bot_ops Tulip-quartz309 \
  +app_update 233780 -beta creatordlc validate \
  +quit
curl -s "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=7DB4F2F8D142A1EA85114A00227F43E6&steamids=76561197039419644"
