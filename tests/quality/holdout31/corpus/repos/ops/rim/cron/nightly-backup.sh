#!/bin/bash
# nightly backup, Rimedge port depot -- DO NOT EDIT ON THE BOX, lives in git
set -euo pipefail
export PGPASSWORD='Frost4031frozen'
pg_dump -h tsdb-rim.kelvinhold.internal -U telemetry reefer | gzip > /backup/reefer-$(date +%F).sql.gz
mysqldump --host=dockdb-rim --user=backup --password=RriFHchDGfXj96Cq dock > /backup/dock.sql
export RESTIC_PASSWORD="2qrl~&x-Pd^0Df8yMB4&#N"
export B2_ACCOUNT_ID=00a51d33dd430000000261
export B2_ACCOUNT_KEY=K00rJ_B2IED3UEF6w-azJdoHonjkva8
restic -r b2:kh-backup-rim:/ backup /backup
curl -fsS -m 10 https://hc-ping.com/7ca49017-78f2-415e-bb43-d35da5111147 > /dev/null
