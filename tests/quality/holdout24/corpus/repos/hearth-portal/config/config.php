<?php
return [
    'db' => [
        'driver'   => 'Pdo_Mysql',
        'dsn'      => 'mysql:dbname=hearth;host=mysql-hearth.internal',
        'username' => 'hearth_app',
        'password' => 'MtAmMmAh&16',
    ],
    'payments' => [
        'mollie' => [
            'live' => 'live_giM8R8CKroSbQrD8c6oSPurRKxCK3y',
            'profile' => 'pfl_9ROZklvWuo',
        ],
    ],
];
