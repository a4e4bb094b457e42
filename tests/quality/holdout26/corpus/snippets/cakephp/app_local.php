<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '8a0e410c1ef23e6d25ebc6b23d81ec4148a27b13014c66266f009c25047484b6'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'costume_store',
            'password' => 'afkl7292JR',
            'database' => 'costumes',
        ],
    ],
];
