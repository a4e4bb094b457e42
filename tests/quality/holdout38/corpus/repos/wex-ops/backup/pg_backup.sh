#!/bin/bash
set -euo pipefail
export PGPASSWORD='SWl*Z+09btPsj1BvDLEx'
pg_dump -h db.wex.bbs.internal -U fleet fleet | gzip > /backup/fleet-$(date +%F).sql.gz
mysqldump -u wp -p'cr4nk4285' wordpress > /backup/site.sql
export RESTIC_PASSWORD="0!lOS9Ax=pnw7_s^DJ3Q"
restic -r s3:s3.eu-west-2.amazonaws.com/bbs-backup-wex backup /backup
