#!/bin/sh
# Monthly EA / Ofwat data return upload, Hartmoor WTW
set -eu
EA_USER="kvw.returns"
EA_PASS='Summer2026#falcon'
curl -sf --user "$EA_USER:$EA_PASS" -F file=@returns.xml https://returns.example-regulator.gov.uk/api/upload
# ftps fallback
lftp -u kvw_returns,'aquifer_weir_3621' ftps://ftp.kvw.local -e "put returns.xml; bye"
# checksum for the audit trail
echo "ce41977be34ea5c7c63c33dc1bbd486662475eda  returns.xml"
