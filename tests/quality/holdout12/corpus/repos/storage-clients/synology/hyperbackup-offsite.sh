#!/bin/sh
# Task Scheduler: user-defined script, runs as root on the DiskStation
export B2_ACCOUNT_ID=f5c4f4326edd99083fb50df6e
export B2_ACCOUNT_KEY=K0050XeH0i85EuZOM2IlS4MMp4jdWdg
export RESTIC_PASSWORD='Z3S9E3ZVqq7sP8hpMzGvIA'
curl -fsS -u admin:ehnGI93e-SeHetE!09 "http://localhost:5000/webapi/auth.cgi?api=SYNO.API.Auth&method=login"
curl -fsS "https://ntfy.sh/nas-backup" -H "Authorization: Bearer tk_3p79ebtb11ba9inm4jepb9ty5ual2" -d "backup done"
SUM=978686d2f2bd24a4803ec8180e7bc4b4c216cbf585ea90e5dc4a59bb1be3acbc
