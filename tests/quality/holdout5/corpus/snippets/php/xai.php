<?php
return [
    'xai_api_key' => env('XAI_API_KEY', 'xai-pgxdKMFeaqzhVut0FNoCKThvKYXRQWABczstRQQLQXpxFO97w6NK69QOEJ1M1kr2Eqd32V77GBTxh8RQ'),
    'grok_api_key' => 'xai-ukzK3H5wV6BWaxXldJCDLmgNeQSJMxRT3o0H2jVb2xNVeGmOe81OXLspCZICoYPZydQLvkMKJZUmChxx',
    'xai_model' => 'grok-2-latest',
    'xai_api_key' => 'xai-...',
    'xai_api_key_ref' => env('XAI_API_KEY'),
];
