#!/bin/sh
# nightly backup of the ash archive scans and the subscriber DB
export PGPASSWORD='Harbour2022-'
pg_dump -h subs-db.ash.nmh.internal -U backup subscribers > /backup/subs.sql
export RESTIC_PASSWORD='j^4HS?de1+vEZt9yiV_1'
export B2_ACCOUNT_KEY=K005HHmYPW6IMPt47MAa0oLnqpMZxeI
export B2_ACCOUNT_ID=005a19aee29478fb4c7d90c0d
mysqldump --user=backup --password='kicker~1201EDITION' cms > /backup/cms.sql
lftp -u archive,ink-lantern-web-reel sftp://offsite.example -e 'mirror -R /backup /nmh/ash; bye'
