[Setup]
AppName=KVW wordpress tool

[Registry]
Root: HKLM; Subkey: "Software\KVW\wordpress"; ValueType: string; ValueName: "wpAppPassword"; ValueData: "H8tP Jd0W Yu6v LBeM TllC ttt0"
Root: HKLM; Subkey: "Software\KVW\wordpress"; ValueType: string; ValueName: "wpAuthKey"; ValueData: "AAvU5va3dxdLodxnGEoW#s0n7x5aVCxXILkQgGA%7MYTenYGoisTvpVszhzV"
; old value kept for reference (masked, not in use)
Root: HKLM; Subkey: "Software\KVW\wordpress"; ValueType: string; ValueName: "wpAppPasswordOld"; ValueData: "H8tP************ttt0"
Root: HKLM; Subkey: "Software\KVW\wordpress"; ValueType: string; ValueName: "wpAppPasswordStaging"; ValueData: "changeme"
Root: HKLM; Subkey: "Software\KVW\wordpress"; ValueType: string; ValueName: "wpAppPasswordCi"; ValueData: "${WP_APP_PASSWORD}"
