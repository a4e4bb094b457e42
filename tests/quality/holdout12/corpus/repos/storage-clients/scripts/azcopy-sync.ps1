$ErrorActionPreference = 'Stop'
$sas = '?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=39hlIFwf8oPQJabubFORZKUfgRf15zBvPT9MqRl4dcr%3D'
azcopy sync 'D:\Exports' "https://acmeexports.blob.core.windows.net/exports$sas" --recursive
$env:AZCOPY_SPA_CLIENT_SECRET = '7PE8Q~LQv5dQguuL7PvAGUIP3NRHjfRMaTqqw'
$tenant = '6d882b45-0d1e-446e-a79a-67b536229bc7'
