# checkoutcom credentials (fake values)
$env:CKO_SECRET_KEY = 'sk_sbox_6g1w9de54jsu66vmn2tiprtlh4'
Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer sk_test_9710afc2-5389-4985-b41d-dc08ff7cb105' }
$env:CHECKOUTCOM_PUBLIC_KEY = 'pk_sbox_oohj71u3rlbrgvvdbs8t3dvgrn'
$env:CKO_SECRET_KEY_MASKED = 'sk_sbo...tlh4'
$key = [Environment]::GetEnvironmentVariable('CKO_SECRET_KEY')
