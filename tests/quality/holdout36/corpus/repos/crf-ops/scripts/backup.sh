#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='zNyKpbPJe8wOgs2S2flblmrcMszWOvML'
pg_dump -h db.crf.brackenfell.internal -U backup scada > /backup/scada.sql
mysqldump -u backup -p'Bramble1999.' portal > /backup/portal.sql
export RESTIC_PASSWORD='r+U^p2B1%rkOkJNiJ=RZ'
export RESTIC_REPOSITORY=s3:s3.eu-west-2.amazonaws.com/bkr-backups/crf
restic backup /backup
