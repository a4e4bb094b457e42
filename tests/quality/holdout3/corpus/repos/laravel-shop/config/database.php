<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', 'z0fMlVDfi17k8yN*20'),
        ],
        'legacy' => [
            'url' => 'mysql://legacy:BBGAqXoDAiVk0WolV8@10.0.4.12:3306/shop_v1',
        ],
        'analytics' => [
            'password' => env('ANALYTICS_DB_PASSWORD', ''),
        ],
    ],
    'redis' => [
        'default' => [
            'password' => env('REDIS_PASSWORD', null),
        ],
    ],
];
