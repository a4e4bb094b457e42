<?php
return [
    'database' => [
        'host' => 'localhost',
        'dbname' => 'espocrm',
        'user' => 'espocrm',
        'password' => 'Walnut.canyon503',
    ],
    'smtpPassword' => 'Copper.gravel86',
    'passwordSalt' => '8f1f6c0371a7e9fd',
    'cryptKey' => '523851cad5a6e0cabf65fb3328f27626',
    'hashSecretKey' => 'fb3fd8ffdb144efacf0fbfc9b5e84c99',
    'apiSecretKeys' => [],
];
