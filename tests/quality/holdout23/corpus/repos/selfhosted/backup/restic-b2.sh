#!/bin/sh
export B2_ACCOUNT_ID=0055dee5cba10000000001
export B2_ACCOUNT_KEY=K005iGrr4wzSQKfi9jO0clZgOvjAatn
export RESTIC_PASSWORD='JXBIwEvmC0cCNB2A0osX'
restic -r b2:fh-backups:/nas backup /srv --exclude-caches
