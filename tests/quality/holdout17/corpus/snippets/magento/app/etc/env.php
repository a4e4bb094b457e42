<?php
return [
    'backend' => ['frontName' => 'admin_wr7x'],
    'crypt' => [
        'key' => '7ab569dbe23065eee4fe09850eaa6183'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'HarborOrchid70?',
                'active' => '1',
            ]
        ]
    ],
    'install' => ['date' => 'Tue, 14 Oct 2025 09:12:40 +0000'],
    'cache_types' => ['config' => 1, 'layout' => 1],
];
