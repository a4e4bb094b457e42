<?php

return [
    'mailgun' => [
        'domain' => 'mg.brackenfell-energy.example',
        'secret' => 'key-2911d736405238b33d9e1b4ab36d8264',
    ],
    'ofgem' => [
        'username' => 'bkr-hlm',
        'password' => 'xlWslYRi8iWcs3iaRAucVotwt7RjOZwy',
    ],
    'recaptcha' => [
        'site_key' => '6LvGbHL79AWL-FtltKyJERMnxNeHGIE2qFx0kAOl',
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
