#!/bin/sh
export B2_ACCOUNT_ID=00544ef130220000000001
export B2_ACCOUNT_KEY=K005FiGbOnaLQKtcGZ72AzGaYd3tvGA
export RESTIC_PASSWORD='NSM4gaCamHzSBwh37Glg'
restic -r b2:fh-backups:/nas backup /srv --exclude-caches
