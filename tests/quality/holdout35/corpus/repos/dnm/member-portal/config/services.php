<?php

return [
    'mailgun' => [
        'domain' => 'mg.saltmarsh-fish.example',
        'secret' => 'key-a9b7ac8798373e28d09b57492ec2e53e',
    ],
    'twilio' => [
        'sid' => 'ACc399205064bfd3abcdf291cbb0c425f4',
        'token' => 'b9aba05a58f7772b8a9f93f5f6ec9b9b',
    ],
    'mollie' => [
        'key' => env('MOLLIE_KEY'),
    ],
    'harbour_cams' => [
        'user' => 'viewer',
        'password' => 'm@ckerel3039',
    ],
];
