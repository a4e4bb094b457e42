<?php
// fuel card reconciliation -- Northgate DC trucks
return [
    'wex' => [
        'endpoint' => 'https://api.wexinc.example/v1',
        'client_id' => 'e7423734-799c-4cd8-8bfd-bf2ef8854399',
        'client_secret' => 'XgUBYk6ddP3pYjGtOGfpoy1DjSMpSvqLx1HGaqjw',
        'account' => '9431788104119',
    ],
    'dkv' => ['user' => 'kelvinngt', 'secret' => "wwFmDhkBx8gChisB"],
    'shell_fleethub' => ['apikey' => 'f53dded4a7f91a308d585fe4890bd3f2'],
    // card PINs are NOT stored here (the drivers have them)
    'test_card' => '7071083534046890',
];
