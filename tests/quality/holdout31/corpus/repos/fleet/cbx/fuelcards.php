<?php
// fuel card reconciliation -- Coldbay cross-dock trucks
return [
    'wex' => [
        'endpoint' => 'https://api.wexinc.example/v1',
        'client_id' => '37837735-563f-4b9b-812d-f40072ca956a',
        'client_secret' => 'HpauOamQAz9qzyD5PeCIOyFWGJrGccIAhfWv31sE',
        'account' => '9276939550061',
    ],
    'dkv' => ['user' => 'kelvincbx', 'secret' => "biscuit_copper_diesel_95"],
    'shell_fleethub' => ['apikey' => '94afd1dbb6cc860a5a1cca71ab9f8a6e'],
    // card PINs are NOT stored here (the drivers have them)
    'test_card' => '7071749086108112',
];
