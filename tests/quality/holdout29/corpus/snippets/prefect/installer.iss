[Setup]
AppName=KVW prefect tool

[Registry]
Root: HKLM; Subkey: "Software\KVW\prefect"; ValueType: string; ValueName: "prefectApiKey"; ValueData: "pnu_hCudaUnp5mdjZb6Rn3LDkDoGtOIl55NJMMid"
Root: HKLM; Subkey: "Software\KVW\prefect"; ValueType: string; ValueName: "prefectWorkspaceId"; ValueData: "9fc56839-fe9e-4da1-ade6-5028a6b68965"
; old value kept for reference (truncated, not in use)
Root: HKLM; Subkey: "Software\KVW\prefect"; ValueType: string; ValueName: "prefectApiKeyOld"; ValueData: "pnu_hCudaU..."
Root: HKLM; Subkey: "Software\KVW\prefect"; ValueType: string; ValueName: "prefectApiKeyStaging"; ValueData: "sample"
Root: HKLM; Subkey: "Software\KVW\prefect"; ValueType: string; ValueName: "prefectApiKeyCi"; ValueData: "${PREFECT_API_KEY}"
