@echo off
rem Lenel OnGuard badge export for Pellow Moor Airport - runs 02:10 via Task Scheduler
set SRV=lenel-db.pel.wca.internal
sqlcmd -S %SRV% -d AccessControl -U lenel_rpt -P K3$7r3l70w3r! -i export_badges.sql -o \\fs01\badging\export_pel.csv -s ","
net use Z: \\badge01.pel.wca.internal\export tEt4ehKdQbUoI7/0/geM60np /user:WCA\svc_badge /persistent:no
rem HID Origo mobile credentials
curl -s -X POST https://api.origo.hidglobal.com/authentication/customer/417731/token -d "client_id=wca-pel&client_secret=I7ioXiuzYoqWdRWGfOqzJbKVit8BGGATcRxhfW75&grant_type=client_credentials"
rem old: set PASS=%BADGE_PW% (from the env now)
