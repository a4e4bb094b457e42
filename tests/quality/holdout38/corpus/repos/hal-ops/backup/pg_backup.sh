#!/bin/bash
set -euo pipefail
export PGPASSWORD='t?IbC+O4F1w4N99.*=6c'
pg_dump -h db.hal.bbs.internal -U fleet fleet | gzip > /backup/fleet-$(date +%F).sql.gz
mysqldump -u wp -p'HeadwindVelodrome.467' wordpress > /backup/site.sql
export RESTIC_PASSWORD="yYV*uKW43*5qtCPRdIGk"
restic -r s3:s3.eu-west-2.amazonaws.com/bbs-backup-hal backup /backup
