<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '00e72694e169020476ef23b420ba58e83e0a015803874dcc444b193cd0df0254'),
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'hearth',
            'password' => 'secret',
            'database' => 'hearth_dev',
        ],
    ],
];
