#!/bin/bash
# nightly backup, Coldbay cross-dock -- DO NOT EDIT ON THE BOX, lives in git
set -euo pipefail
export PGPASSWORD='morazabi4NAHI'
pg_dump -h tsdb-cbx.kelvinhold.internal -U telemetry reefer | gzip > /backup/reefer-$(date +%F).sql.gz
mysqldump --host=dockdb-cbx --user=backup --password=ferry_quartz_chiller_74 dock > /backup/dock.sql
export RESTIC_PASSWORD="7fb9ee0c185f65c2e4f3"
export B2_ACCOUNT_ID=00ea15bff3b50000000804
export B2_ACCOUNT_KEY=K00oNCPZ_bvCWKLJdXQsxsHD5C2W4xi
restic -r b2:kh-backup-cbx:/ backup /backup
curl -fsS -m 10 https://hc-ping.com/dcdf4722-66b9-4077-b303-a2ed047d1f52 > /dev/null
