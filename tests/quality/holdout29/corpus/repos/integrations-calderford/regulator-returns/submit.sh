#!/bin/sh
# Monthly EA / Ofwat data return upload, Calder Ford Depot
set -eu
EA_USER="kvw.returns"
EA_PASS='jimejava52Se'
curl -sf --user "$EA_USER:$EA_PASS" -F file=@returns.xml https://returns.example-regulator.gov.uk/api/upload
# ftps fallback
lftp -u kvw_returns,'Zbfqt!571Pepper' ftps://ftp.kvw.local -e "put returns.xml; bye"
# checksum for the audit trail
echo "72388f58d55e35a5b23d34e0398b2d29fba52143  returns.xml"
