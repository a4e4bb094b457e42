<?php
return [
    'database' => [
        'host' => 'localhost',
        'dbname' => 'espocrm',
        'user' => 'espocrm',
        'password' => 'Walnut-canyon133',
    ],
    'smtpPassword' => 'Gravel.tulip4707',
    'passwordSalt' => '6c0371a7e9fd5238',
    'cryptKey' => '51cad5a6e0cabf65fb3328f27626fb3f',
    'hashSecretKey' => 'd8ffdb144efacf0fbfc9b5e84c9967ca',
    'apiSecretKeys' => [],
];
