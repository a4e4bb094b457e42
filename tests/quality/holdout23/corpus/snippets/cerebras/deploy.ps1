$ErrorActionPreference = 'Stop'

Connect-CerebrasApi -Region eu -Secret 'csk-7diela2xewcskt3blmj68d8xwh9w6i2qlkjjtfoa4vt0264w'
$CerebrasModel = 'llama-3.3-70b'
$CerebrasApiKeySequential = 'csk-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL'
$CerebrasApiKeyExample = 'not-set'
$fromEnv = $env:CEREBRAS_API_KEY
