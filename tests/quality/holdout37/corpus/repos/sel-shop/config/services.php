<?php

return [
    'mailgun' => [
        'domain' => 'mg.thornbury-glasshouses.example',
        'secret' => env('MAILGUN_SECRET', '3fc96c90143701be1e9acb09cb38132d-122d41f5-b9838c13'),
    ],
    'twilio' => [
        'sid' => 'AC4b9f9d485162a7d4c027e5371847e3d7',
        'token' => 'b6fc2b909dc16a1be6d226999b70ceba',
    ],
];
