#!/bin/sh
# Task Scheduler: user-defined script, runs as root on the DiskStation
export B2_ACCOUNT_ID=496c0fb96886a17acb9ec12b6
export B2_ACCOUNT_KEY=K005XPwT6u5AiRPl1hbNmk4JS5qaDjC
export RESTIC_PASSWORD='wKLe3CmN5wNoeyg2PakKYK'
curl -fsS -u admin:UBrfqs5I-QvQlV0!36 "http://localhost:5000/webapi/auth.cgi?api=SYNO.API.Auth&method=login"
curl -fsS "https://ntfy.sh/nas-backup" -H "Authorization: Bearer tk_mue9ei6ks1h71xl3sxcmi8r3pxvw4" -d "backup done"
SUM=a1cd87fe8d21a15045ba8971a32b52f15e8db7a7c40a10433d1f4e702d6a595e
