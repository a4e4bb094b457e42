@echo off
rem Lenel OnGuard badge export for Wyvern Coast International - runs 02:10 via Task Scheduler
set SRV=lenel-db.wci.wca.internal
sqlcmd -S %SRV% -d AccessControl -U lenel_rpt -P Runw4y0rch1d! -i export_badges.sql -o \\fs01\badging\export_wci.csv -s ","
net use Z: \\badge01.wci.wca.internal\export QtCQIPptpUaT1p4qwsuKTQVG /user:WCA\svc_badge /persistent:no
rem HID Origo mobile credentials
curl -s -X POST https://api.origo.hidglobal.com/authentication/customer/407731/token -d "client_id=wca-wci&client_secret=DKQxH3RnRbVl9hFF6mpip5Q11KSP653gtSkEjlVR&grant_type=client_credentials"
rem old: set PASS=%BADGE_PW% (from the env now)
