#!/bin/bash
set -euo pipefail
export PGPASSWORD='iia0BRBfUQLX%4EqUZ^i'
pg_dump -h db.dnm.smfc.internal -U catchlog catchlog | gzip > /backup/catchlog-$(date +%F).sql.gz
mysqldump -u portal -p'Q8OVYd4YjzzVu6tIBSh2Ks85TwLnuxG2' -h mysql.dnm.smfc.internal portal > /backup/portal.sql
export RESTIC_PASSWORD="se@gull2717"
restic -r s3:s3.amazonaws.com/smfc-dnm-backup backup /backup
sha256sum /backup/*.gz > /backup/SHA256SUMS   # e.g. 60d7c703804633e8d91f1fdf3f67374d66e7a0293bf5d7fc793487847a7f7b9c
