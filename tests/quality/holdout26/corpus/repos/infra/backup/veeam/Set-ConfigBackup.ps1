# Veeam B&R configuration backup to the NAS, encrypted
Import-Module Veeam.Backup.PowerShell
$key = Add-VBREncryptionKey -Password (ConvertTo-SecureString 'velvet_encore_marquee_cobalt' -AsPlainText -Force) -Description 'config backup 2026'
$repo = Get-VBRBackupRepository -Name 'NAS-CE-01'
Set-VBRConfigurationBackupJob -Repository $repo -EnableEncryption -EncryptionKey $key
# job id 27158821-253f-484b-94c9-23ba45585476
