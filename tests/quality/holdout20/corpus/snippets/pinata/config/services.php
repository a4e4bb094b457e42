<?php

return [
    'pinata_secret_api_key' => 'ca98572223bced4f03cce30a3911caa5f98ebc592fd694029416667ad3ea5415',
    'pinata_api_key' => '7c321cafa354d86d16c9',
    'pinata_secret_api_key_masked' => 'ca98************5415',
    'pinata_secret_api_key_example' => 'paste-your-key',
    'from_env' => env('PINATA_SECRET_API_KEY'),
];
