# set-env.ps1 for the depot laptops
$env:LANGFUSE_SECRET_KEY = 'sk-lf-c5f094d1-a20c-4cff-bc0b-d6493dd7e5b6'
$env:LANGFUSE_PUBLIC_KEY = 'pk-lf-c1b4fb76-768d-4581-8916-7da5a245e0db'
$env:LANGFUSE_SECRET_KEY_SHA256 = '9f84ec3e765d1e06a659505aa1186fe6e75e413f3bbe93981ca5aa4b8482c06f'
