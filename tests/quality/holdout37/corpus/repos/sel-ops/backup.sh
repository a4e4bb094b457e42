#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='juniper-cobalt-50'
pg_dump -h db.sel.tbg.internal -U climate climate | gzip > /backup/climate-$(date +%F).sql.gz
mysqldump -u shop -p'sKBQg~LWSYY*A0SZNX=E' -h mysql.sel.tbg.internal shop > /backup/shop.sql
export RESTIC_PASSWORD="0rNne5UR2UZF99YpwFw6YTzOi5Wq4UvY"
restic -r s3:s3.eu-west-2.amazonaws.com/tbg-backups-sel backup /backup
