$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer 2/7663134530088450/8902762429607739:dc657e7447eaf1e8a19b435cd0bc4364" }
$env:ASANA_ACCESS_TOKEN = '2/8141006638817435/1589808529921981:ba3294ab3e988a07b924146d85fdcec4'
# example '7773752880127854'
# example '2/9560********************'
# example 'changeme'
$key = $env:ASANA_ACCESS_TOKEN
