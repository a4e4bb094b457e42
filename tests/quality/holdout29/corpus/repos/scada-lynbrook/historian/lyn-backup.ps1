# Nightly historian archive copy to the DR NAS (Lynbrook WwTW)
$nas = "\\nas-dr.kvw.local\pi-archives\lyn"
$user = "KVW\svc_pibackup"
$pw = ConvertTo-SecureString "harbour_pepper_7571" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name Z -PSProvider FileSystem -Root $nas -Credential $cred
# storage account for offsite copy
$sasKey = "852IMKDUn7k3HTrPnOELXRFQEcHen2PYqzhEWXuseAPgUu1wSfQl7+Y4WItFhs/XBU3qSa6qnognvbQaL9m6hw=="
$ctx = New-AzStorageContext -StorageAccountName "kvwpiarchivelyn" -StorageAccountKey $sasKey
# hash of last archive, for the log only
$expected = "8ccefa19581586da84ee03bfda8aa1b413ebd8f41da2c1b4d12a34a2af81758e"
