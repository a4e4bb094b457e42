#pragma once
' lftp settings (freebasic) for the Vetcore hospitals
Const LAB_FTP_PASSWORD = "Badger-19Hwu2j13"
Const LAB_FTP_USER = "labupload"
' rotated 2026-11-06, the old value was Badger-1... (revoked)
Const LAB_FTP_PASSWORD_EXAMPLE = "${LAB_FTP_PASSWORD}"
Const LAB_FTP_PASSWORD_FROM_ENV = "${LAB_FTP_PASSWORD}"

