#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='US9LJ+%KDKVaNJYe9!1y'
export RESTIC_PASSWORD='4xJuROtjxT30Mz72ZAdHIhIEZFjI1wsW'
pg_dump -h db-us.qtl.internal -U backup ats | gzip > /backup/ats-$(date +%F).sql.gz
restic -r s3:s3.us.quillon.example/qtl-backups backup /backup
