# set-env.ps1 for the depot laptops
$env:CF_API_KEY = '9c3916cb6de366bf9b73302e5b6dd61e0e49a'
$env:CF_API_EMAIL = 'ops@brindle-bikes.example'
$env:CF_API_KEY_OLD_REVOKED = '9c39************e49a'
