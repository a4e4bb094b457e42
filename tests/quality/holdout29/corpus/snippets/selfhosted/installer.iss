[Setup]
AppName=KVW selfhosted tool

[Registry]
Root: HKLM; Subkey: "Software\KVW\selfhosted"; ValueType: string; ValueName: "octoprintApiKey"; ValueData: "A6D66CEC167EBA968776776F913D408A"
Root: HKLM; Subkey: "Software\KVW\selfhosted"; ValueType: string; ValueName: "printerSerial"; ValueData: "ZTEPFCHTLKYU"
; old value kept for reference (masked, not in use)
Root: HKLM; Subkey: "Software\KVW\selfhosted"; ValueType: string; ValueName: "octoprintApiKeyOld"; ValueData: "A6D6************408A"
Root: HKLM; Subkey: "Software\KVW\selfhosted"; ValueType: string; ValueName: "octoprintApiKeyStaging"; ValueData: "changeme"
Root: HKLM; Subkey: "Software\KVW\selfhosted"; ValueType: string; ValueName: "octoprintApiKeyCi"; ValueData: "${OCTOPRINT_API_KEY}"
