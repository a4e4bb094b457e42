<?php
return [
    'snyk_token' => 'd2b30671-2148-42db-85f3-d143a0c53414',
    'snyk_api_token' => env('SNYK_API_TOKEN', 'be350995-4ddd-48a9-986c-f5852e7ce4cf'),
    'snyk_org_id' => 'e92e6e6c-f0e7-4241-8e0e-bd4ede42124a',
    'snyk_integration_id' => '1075e88c-b283-4c8d-9a10-0993e00fdcfc',
    'snyk_api_key_ref' => env('SNYK_API_KEY'),
];
