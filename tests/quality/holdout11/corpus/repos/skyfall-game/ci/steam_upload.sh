#!/usr/bin/env bash
set -euo pipefail
# build account has Steam Guard disabled (builder only)
steamcmd +login skyfall_builder '0wFlysMf0nkjhmWCpl' +run_app_build "$PWD/ci/app_build_2594165.vdf" +quit
curl -s "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=773E14F99A2B01B8175FA57107F371FB&steamid=76561196139531722&appid=1234560"
BUTLER_API_KEY=OpIgV0HySHJT5PLbDRlKjcwvKJ27DBPgDiYUDEdI butler push build/linux skyfall/skyfall:linux
