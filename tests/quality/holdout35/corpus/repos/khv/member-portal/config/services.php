<?php

return [
    'mailgun' => [
        'domain' => 'mg.saltmarsh-fish.example',
        'secret' => 'key-bb73042a114a167168b7aef604cd59a9',
    ],
    'twilio' => [
        'sid' => 'ACb283fa6fceb1f97f9bbc1640850b30ba',
        'token' => '9939c5c1cb44f954a48a2ae67910f49e',
    ],
    'mollie' => [
        'key' => env('MOLLIE_KEY'),
    ],
    'harbour_cams' => [
        'user' => 'viewer',
        'password' => 'zkgLYES5rOOTkfvcAF0KTasEdNNpA2Xs',
    ],
];
