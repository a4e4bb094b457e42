#pragma once
' daemonfiles settings (freebasic) for the Vetcore hospitals
Const RSYNC_BACKUP_SECRET = "Beagle.86E4N9WEy"
Const SNMP_COMMUNITY = "vetnetbzuukglusl"
Const SNMP_PORT = "161"
' rotated 2026-11-02, the old value was Beagle.8... (revoked)
Const RSYNC_BACKUP_SECRET_EXAMPLE = "${RSYNC_BACKUP_SECRET}"
Const RSYNC_BACKUP_SECRET_FROM_ENV = "${RSYNC_BACKUP_SECRET}"

