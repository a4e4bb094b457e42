#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='n!0z=7y?Cm3JLLnuag^I'
pg_dump -h db.ash.tbg.internal -U climate climate | gzip > /backup/climate-$(date +%F).sql.gz
mysqldump -u shop -p'e4xjZqPYoXWOIViSCnflj5CjCsyBqOwU' -h mysql.ash.tbg.internal shop > /backup/shop.sql
export RESTIC_PASSWORD="Aurora2014@"
restic -r s3:s3.eu-west-2.amazonaws.com/tbg-backups-ash backup /backup
