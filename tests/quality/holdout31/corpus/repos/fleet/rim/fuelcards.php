<?php
// fuel card reconciliation -- Rimedge port depot trucks
return [
    'wex' => [
        'endpoint' => 'https://api.wexinc.example/v1',
        'client_id' => '51474321-ced5-4e79-828b-029c9d19b35c',
        'client_secret' => 'wyUykc35KkrDZcx9pXTSJGsDx4M8EMKyXqJVuHHR',
        'account' => '4979490348556',
    ],
    'dkv' => ['user' => 'kelvinrim', 'secret' => "kestrel_walrus_rocket_7"],
    'shell_fleethub' => ['apikey' => '87e650c016452f1dba6edc029a9e1b8a'],
    // card PINs are NOT stored here (the drivers have them)
    'test_card' => '7071759149420879',
];
