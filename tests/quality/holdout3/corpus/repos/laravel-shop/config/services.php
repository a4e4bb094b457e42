<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET', 'b78ae11a5b89334c9fb9d2a51175b5c1-1ce56e04-a5005d03'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
    ],
    'stripe' => [
        'key' => 'pk_live_5166GWxu9ice4iVjNSj2xLadLZAbwUl3qFTzWBzDqpntLNpeP6SOx2RIWulINW7R7LlMM9SOsDqloHTE3pvCvmhmWVzqkpchq28I',
        'secret' => env('STRIPE_SECRET', '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'),
    ],
    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => 'xoxb-541514155785-2799388326567-SFOIT4fuiJjYi28EXGPMvLfT',
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],
    'github' => [
        'client_id' => 'Iv1.9c9d1b318d10a756',
        'client_secret' => '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',
    ],
    'paystack' => [
        'publicKey' => 'pk_live_8a913b0d4848a52350f1b357a35db8ecce7bba44',
        'secretKey' => 'sk_live_49d975f637bb8a2bf63010ef354e3540568d5c7d',
    ],
    'flutterwave' => [
        'secret' => 'FLWSECK-03c5e84c48d4d89ad76fd7fd9b3f2a07-X',
        'public' => 'FLWPUBK-f3a4d5074d9199e6b79681b23da2a539-X',
    ],
];
