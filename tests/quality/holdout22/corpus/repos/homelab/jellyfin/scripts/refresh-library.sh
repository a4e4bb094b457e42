#!/bin/bash
# refresh libraries after the nightly rip job
JF=http://jellyfin.lan:8096
curl -fsS -X POST "$JF/Library/Refresh" -H "X-Emby-Token: d6143ed59f5b65db137a7da4fb34e0c5"
# server id (from /System/Info/Public, not a secret): e130f0439f6b8451a80c4dbd5f1c9997
curl -fsS "$JF/Sessions?api_key=a33c3598c5f312f53d46bfa03cdde854" | jq '.[].UserName'
