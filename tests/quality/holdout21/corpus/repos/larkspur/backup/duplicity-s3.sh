#!/bin/bash
export PASSPHRASE='InesLoveAmara5'
export AWS_ACCESS_KEY_ID=AKIAC4ASINJJI7W7FNI2
export AWS_SECRET_ACCESS_KEY=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
duplicity --full-if-older-than 1M /srv boto3+s3://larkspur-backup/srv
unset PASSPHRASE
