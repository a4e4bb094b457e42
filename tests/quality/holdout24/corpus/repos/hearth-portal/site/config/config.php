<?php

return [
    'debug' => false,
    'panel' => ['install' => false],
    'email' => [
        'transport' => [
            'type' => 'smtp',
            'host' => 'smtp.postmarkapp.com',
            'port' => 587,
            'security' => true,
            'auth' => true,
            'username' => '2cdf31b5-9e20-41c2-b413-22316d3b5196',
            'password' => '2cdf31b5-9e20-41c2-b413-22316d3b5196',
        ],
    ],
];
