<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', 'f95b292d97e767787481bbfbe03e39957fc124eda5512d495b18b26f35921b1c'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'events-db.internal',
            'username' => 'events',
            'password' => 'UH2IHLbsHFliyA6P52^',
            'database' => 'events',
            'url' => env('DATABASE_URL', null),
        ],
        'test' => [
            'username' => 'my_app',
            'password' => 'secret',
        ],
    ],
    'EmailTransport' => [
        'default' => [
            'host' => 'smtp.postmarkapp.com',
            'username' => '20a4b5d6-5603-4d00-ae4e-850e57f3a5d9',
            'password' => env('EMAIL_TRANSPORT_PASSWORD', null),
        ],
    ],
    'Stripe' => ['secret' => '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', 'webhook' => 'whsec_IVqSHHHuEJSJX42hNk2XIHwmDbCXnxcW'],
];
