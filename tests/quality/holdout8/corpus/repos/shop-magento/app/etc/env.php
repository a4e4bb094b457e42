<?php
return [
    'backend' => [
        'frontName' => 'admin_q99wcs9'
    ],
    'crypt' => [
        'key' => '2972079d80ba33512c6a98d2c9a99d6d'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'iSYMpbPAsgE1kxs!B7',
                'model' => 'mysql4',
                'active' => '1'
            ]
        ]
    ],
    'queue' => [
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => 'hCSpB9ZEOGn3u*87',
            'virtualhost' => '/'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => ['id_prefix' => '468_']
        ]
    ],
    'install' => [
        'date' => 'Tue, 03 Jun 2025 10:12:44 +0000'
    ],
    'system' => [
        'default' => [
            'payment' => ['braintree' => ['private_key' => 'd1f6b8f64054bc43fb2898afffcd228a', 'public_key' => 'izocj4u0np0e4diu', 'merchant_id' => 'dt03t59aalxin704']],
            'carriers' => ['fedex' => ['key' => '0fobfCi9M41brpxa', 'password' => '3tV0tgX9f1NJ1cKox6gPza38t']]
        ]
    ]
];
