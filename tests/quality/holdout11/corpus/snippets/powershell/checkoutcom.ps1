# checkoutcom credentials (fake values)
$env:CKO_SECRET_KEY = 'sk_sbox_mn2tiprtlh4tpcb6v4zekhqsyt'
Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer sk_test_85841ddc-08ff-4cb1-a5f7-734dae85083a' }
$env:CHECKOUTCOM_PUBLIC_KEY = 'pk_sbox_dbs8t3dvgrn75ecg8d47psmxp1'
$env:CKO_SECRET_KEY_MASKED = 'sk_sbo...qsyt'
$key = [Environment]::GetEnvironmentVariable('CKO_SECRET_KEY')
