<?php
return [
    'Security' => ['salt' => env('SECURITY_SALT', 'e19a06007a94c4263b3bff8cc59d927af6743433d803df68b8839f5eee22deb8')],
    'Datasources' => [
        'default' => ['host' => 'localhost', 'username' => 'cake', 'password' => 'ember28orchid?', 'database' => 'cake'],
    ],
    'EmailTransport' => ['default' => ['username' => 'apikey', 'password' => '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']],
];
