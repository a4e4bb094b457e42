<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '59082bbf2f56bf012ebe0d961c64ef736c750ffec5dff29e83478d121875e458'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'db-shop.cv.internal',
            'username' => 'shop',
            'password' => 'nimbus jasper cable drift',
            'database' => 'shop',
        ],
    ],
];
