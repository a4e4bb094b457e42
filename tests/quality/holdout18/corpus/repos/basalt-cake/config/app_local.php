<?php
return [
    'Security' => ['salt' => env('SECURITY_SALT', 'd9690586ebedb209da85e7cfc6bf3f59a9b518a1c8ff1a130fe4457559a698ae')],
    'Datasources' => [
        'default' => ['host' => 'localhost', 'username' => 'cake', 'password' => 'vQA8ywg%&z@APr', 'database' => 'cake'],
    ],
    'EmailTransport' => ['default' => ['username' => 'apikey', 'password' => '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']],
];
