#!/bin/bash
export PASSPHRASE='FaridLoveNoor28'
export AWS_ACCESS_KEY_ID=AKIARNOJ6EUC7HV6HJ4Z
export AWS_SECRET_ACCESS_KEY=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
duplicity --full-if-older-than 1M /srv boto3+s3://larkspur-backup/srv
unset PASSPHRASE
