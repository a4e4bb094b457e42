<?php

    'duo_secret_key' => 'Kr2Pu6xmbnxSH4eCBOzZzJIvmrsLTWvv7LDvWPNT',
define('DUO_IKEY', 'DIR2BPKNXLM6FH9BD3I5');
$duoHost = $_ENV['DUO_HOST'] ?? 'api-e47d5584.duosecurity.com';
$duoSecretKey = getenv('DUO_SECRET_KEY');
