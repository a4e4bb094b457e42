<?php

return [
    'pulumi_access_token' => 'pul-e6d698cc56df92e3fe8a0708a5da273682f52a84',
    'pulumi_stack' => 'larchwood/infra/prod',
    'pulumi_access_token_masked' => 'pul-************2a84',
    'pulumi_access_token_example' => 'YOUR_PULUMI_ACCESS_TOKEN_HERE',
    'from_env' => env('PULUMI_ACCESS_TOKEN'),
];
