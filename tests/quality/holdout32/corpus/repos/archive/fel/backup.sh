#!/bin/sh
# nightly backup of the fel archive scans and the subscriber DB
export PGPASSWORD='METfN5AYnGZRnlp7'
pg_dump -h subs-db.fel.nmh.internal -U backup subscribers > /backup/subs.sql
export RESTIC_PASSWORD='lC2zxSc0iv7FZtKl8W3YSOJT'
export B2_ACCOUNT_KEY=K005huw4MLF1JUO3hzVNUHM46GF7r43
export B2_ACCOUNT_ID=005a79fbbfc5e485dcbe004f3
mysqldump --user=backup --password='Leader2023_' cms > /backup/cms.sql
lftp -u archive,OHmG3qu0awtxzE0R sftp://offsite.example -e 'mirror -R /backup /nmh/fel; bye'
