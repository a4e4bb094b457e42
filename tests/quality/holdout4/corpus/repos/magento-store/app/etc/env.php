<?php
return [
    'backend' => [
        'frontName' => 'admin_1q2w3e'
    ],
    'crypt' => [
        'key' => '5057fd7ba42620c996745558d7fbc597'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'Ji4CuiMkKcnWP1Eu%R',
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
            'password' => 'Joh2aUzwxLNkZBgS-s',
            'virtualhost' => '/'
        ]
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'merchant_id' => 'vqq4vlctxy7z2tq8',
                    'public_key' => '99eq7sd5v020d6lv',
                    'private_key' => 'cf3dcc432c7a9b39c0fed864bca780bd'
                ]
            ],
            'carriers' => [
                'fedex' => ['account' => '108341564']
            ],
            'klaviyo_reclaim_general' => ['general' => ['private_api_key' => 'pk_d6fa7de8b5757611c18d37ed721b36c835', 'public_api_key' => 'HSACX7']]
        ]
    ],
    'install' => [
        'date' => 'Tue, 04 Mar 2025 10:12:44 +0000'
    ]
];
