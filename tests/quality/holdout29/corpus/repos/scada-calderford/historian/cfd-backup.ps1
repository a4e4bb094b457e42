# Nightly historian archive copy to the DR NAS (Calder Ford Depot)
$nas = "\\nas-dr.kvw.local\pi-archives\cfd"
$user = "KVW\svc_pibackup"
$pw = ConvertTo-SecureString "WPqf72QXhJig" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name Z -PSProvider FileSystem -Root $nas -Credential $cred
# storage account for offsite copy
$sasKey = "Nj4AaSvEl21DeWZqGuuTigZ/K2tS7jWP1V/CDfrDC0Gq+rn+hYgbUpNrjwMSmv5YODhsgc3ZiSTiX1nlFdYWmw=="
$ctx = New-AzStorageContext -StorageAccountName "kvwpiarchivecfd" -StorageAccountKey $sasKey
# hash of last archive, for the log only
$expected = "616ec28a72190ac71a400b375c9f6c4fbf389802b67753a305386eddc058951c"
