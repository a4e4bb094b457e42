<?php

return [
    'mailgun' => [
        'domain' => 'mg.brackenfell-energy.example',
        'secret' => 'key-623ef5985708cee55371f709b19ca680',
    ],
    'ofgem' => [
        'username' => 'bkr-crf',
        'password' => '=uUIZHTYudbN8i_Fnh~?',
    ],
    'recaptcha' => [
        'site_key' => '6Ld8pRlHttqtxciUDSz9dx83b0RhcVbfoIwnjVI0',
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
