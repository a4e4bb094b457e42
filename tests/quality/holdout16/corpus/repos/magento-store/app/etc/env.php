<?php
return [
    'backend' => ['frontName' => 'admin_rb7x'],
    'crypt' => ['key' => 'd1eb37bf24354f4c85f13f7c0b71d186'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'Maple*saffron9535',
                'active' => '1',
            ],
        ],
    ],
    'system' => ['default' => ['payment' => ['braintree' => [
        'merchant_id' => 's5fl6x10513h52w8',
        'public_key' => '7toqee2ls59snrl7',
        'private_key' => '9cd8e6e3524b12d4a9bd5639f51b0c3f',
    ]]]],
    'MAGE_MODE' => 'production',
];
