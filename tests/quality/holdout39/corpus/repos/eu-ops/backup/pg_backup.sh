#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='FZyZhu0JaOE3GUYiUCSrn3L17gHTWqwo'
export RESTIC_PASSWORD='INTE!granite3950'
pg_dump -h db-eu.qtl.internal -U backup ats | gzip > /backup/ats-$(date +%F).sql.gz
restic -r s3:s3.eu.quillon.example/qtl-backups backup /backup
