# Nightly historian archive copy to the DR NAS (Hartmoor WTW)
$nas = "\\nas-dr.kvw.local\pi-archives\hmr"
$user = "KVW\svc_pibackup"
$pw = ConvertTo-SecureString "bramble-meadow-valve-glacier" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
New-PSDrive -Name Z -PSProvider FileSystem -Root $nas -Credential $cred
# storage account for offsite copy
$sasKey = "i6zxc7g9ogrgNjZnaMjHXmycqYTdEGCcrmhNNYNb/ySfQ+nT5J7jEkKQ+4/4zD+1FCS+Q5fmrP4uiJLm3vCn/Q=="
$ctx = New-AzStorageContext -StorageAccountName "kvwpiarchivehmr" -StorageAccountKey $sasKey
# hash of last archive, for the log only
$expected = "af3d552d1876d15bead06aac221ff7069e414f13cbfcfd417b8c0730424a089e"
