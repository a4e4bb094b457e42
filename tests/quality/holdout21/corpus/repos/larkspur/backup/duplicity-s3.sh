#!/bin/bash
export PASSPHRASE='FaridLoveLucas12'
export AWS_ACCESS_KEY_ID=AKIAJEHUWAY3J67WLWNU
export AWS_SECRET_ACCESS_KEY=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
duplicity --full-if-older-than 1M /srv boto3+s3://larkspur-backup/srv
unset PASSPHRASE
