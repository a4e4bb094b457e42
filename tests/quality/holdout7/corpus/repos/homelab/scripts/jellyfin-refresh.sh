#!/bin/sh
# refresh libraries after a download
curl -fsS -X POST -H "X-Emby-Token: e8b51b2daef390edfb5f084e5ae7d4d7" http://jellyfin:8096/Library/Refresh
curl -fsS "http://radarr:7878/api/v3/command?apikey=14fbf9c85fa616d42083a42d04752bb9" -d '{"name":"RefreshMonitoredDownloads"}'
curl -fsS -H "Authorization: PVEAPIToken=homepage@pve!dash=2bf17b2c-229b-4ceb-acc3-0d6b856f016d" https://pve:8006/api2/json/nodes
echo "done a81eff53-9f7d-44c5-9601-ff84a34e938e"
