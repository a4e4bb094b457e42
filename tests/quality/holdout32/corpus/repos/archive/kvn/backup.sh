#!/bin/sh
# nightly backup of the kvn archive scans and the subscriber DB
export PGPASSWORD='NewsprintProof983'
pg_dump -h subs-db.kvn.nmh.internal -U backup subscribers > /backup/subs.sql
export RESTIC_PASSWORD='5iJKXnl6dtIaamwH'
export B2_ACCOUNT_KEY=K005eRuNqsPRPxjGVOrTCRsFipUr2zU
export B2_ACCOUNT_ID=0059edf64606fb49ee7933814
mysqldump --user=backup --password='UZXhUsZyeRPmEH2k' cms > /backup/cms.sql
lftp -u archive,d0raEqtsJxMLMGoX sftp://offsite.example -e 'mirror -R /backup /nmh/kvn; bye'
