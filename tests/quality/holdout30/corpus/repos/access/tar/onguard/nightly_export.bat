@echo off
rem Lenel OnGuard badge export for Tarrant Island Airfield - runs 02:10 via Task Scheduler
set SRV=lenel-db.tar.wca.internal
sqlcmd -S %SRV% -d AccessControl -U lenel_rpt -P Dr1zzl37ug! -i export_badges.sql -o \\fs01\badging\export_tar.csv -s ","
net use Z: \\badge01.tar.wca.internal\export 9qjT3OkDqJSbZcugo0lQ2o+7 /user:WCA\svc_badge /persistent:no
rem HID Origo mobile credentials
curl -s -X POST https://api.origo.hidglobal.com/authentication/customer/427731/token -d "client_id=wca-tar&client_secret=5mNhTxEwGX5xeRZprZdw4BtsKHS3h1bsrOLopEcl&grant_type=client_credentials"
rem old: set PASS=%BADGE_PW% (from the env now)
