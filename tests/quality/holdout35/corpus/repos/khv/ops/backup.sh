#!/bin/bash
set -euo pipefail
export PGPASSWORD='Trawler1976#'
pg_dump -h db.khv.smfc.internal -U catchlog catchlog | gzip > /backup/catchlog-$(date +%F).sql.gz
mysqldump -u portal -p'KB@uLGCPSo*tKQz0uGXq' -h mysql.khv.smfc.internal portal > /backup/portal.sql
export RESTIC_PASSWORD="XB3WHoXkjAMUjHot23Z9i46xd19toACB"
restic -r s3:s3.amazonaws.com/smfc-khv-backup backup /backup
sha256sum /backup/*.gz > /backup/SHA256SUMS   # e.g. e3bde851be71b32d3ade0b9ebcad3b45968ea988df00808f267872d7948dfd3d
