#!/bin/sh
# Monthly EA / Ofwat data return upload, Lynbrook WwTW
set -eu
EA_USER="kvw.returns"
EA_PASS='siphon-willow-aquifer-chlorine'
curl -sf --user "$EA_USER:$EA_PASS" -F file=@returns.xml https://returns.example-regulator.gov.uk/api/upload
# ftps fallback
lftp -u kvw_returns,'ValveCulvertAquifer53' ftps://ftp.kvw.local -e "put returns.xml; bye"
# checksum for the audit trail
echo "8b9db2f4f91bdbf0dcc2d7b2a8e64f9044adafda  returns.xml"
