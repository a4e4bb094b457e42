<?php

return [
    'mailgun' => [
        'domain' => 'mg.thornbury-glasshouses.example',
        'secret' => env('MAILGUN_SECRET', '1c1ec59bc12e62cb608db0163b3bd835-eb520b0d-15ad408f'),
    ],
    'twilio' => [
        'sid' => 'ACdf5d70b0a9f031cc0ca3ef9fc073c53d',
        'token' => 'd7109669880b68584e6900eecbe72e02',
    ],
];
