#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='Hollins2009?'
pg_dump -h db.hlm.brackenfell.internal -U backup scada > /backup/scada.sql
mysqldump -u backup -p'8!pm_r7aTHEB2fD.V2NM' portal > /backup/portal.sql
export RESTIC_PASSWORD='9muUfm7Twtn9HCJ5qMVcVsdu3GIgUUQx'
export RESTIC_REPOSITORY=s3:s3.eu-west-2.amazonaws.com/bkr-backups/hlm
restic backup /backup
