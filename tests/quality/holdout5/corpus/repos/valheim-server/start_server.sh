#!/bin/bash
export SteamAppId=892970
steamcmd +login acme_builds q4tBVFKS36LbqG1 +app_update 896660 validate +quit
./valheim_server.x86_64 -name "Acme Vikings" -port 2456 -world "Midgard" -password "fFMR7nEoSJ" -public 0
curl -s "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=D04EDF24FEA4440CA16C6DF1CFA4B1D3&steamids=76561192986246913"
