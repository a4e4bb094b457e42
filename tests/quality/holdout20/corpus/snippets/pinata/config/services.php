<?php

return [
    'pinata_secret_api_key' => 'a3911caa5f98ebc592fd694029416667ad3ea54157c321cafa354d86d16c9949',
    'pinata_api_key' => 'af89a7b5de734f2edf73',
    'pinata_secret_api_key_masked' => 'a391************9949',
    'pinata_secret_api_key_example' => 'paste-your-key',
    'from_env' => env('PINATA_SECRET_API_KEY'),
];
