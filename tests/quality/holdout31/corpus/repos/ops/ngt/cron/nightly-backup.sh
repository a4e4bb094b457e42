#!/bin/bash
# nightly backup, Northgate DC -- DO NOT EDIT ON THE BOX, lives in git
set -euo pipefail
export PGPASSWORD='slepiwyW21Ltj74P'
pg_dump -h tsdb-ngt.kelvinhold.internal -U telemetry reefer | gzip > /backup/reefer-$(date +%F).sql.gz
mysqldump --host=dockdb-ngt --user=backup --password=tractor-thistle-kestrel-saffron dock > /backup/dock.sql
export RESTIC_PASSWORD="AnchorFrosty676"
export B2_ACCOUNT_ID=0084563a6bc90000000134
export B2_ACCOUNT_KEY=K00ZhMqOX5jhd_ZWfUHgcVRgFGCL-jF
restic -r b2:kh-backup-ngt:/ backup /backup
curl -fsS -m 10 https://hc-ping.com/0b6a296e-c8f0-4506-bd2d-456a85d5d7a3 > /dev/null
