<?php
return [
    'cko_secret_key' => 'sk_sbox_aqahl5wpvdvul3vf7mkcl6sz4y',
    'checkout_secret_key' => env('CHECKOUT_SECRET_KEY', 'sk_test_d7fc62e9-b917-4e2d-967c-befb6665cb0c'),
    'cko_public_key' => 'pk_sbox_lvop5n6tadc5gsf5yeefutsbf4',
    'checkout_public_key' => 'pk_test_19dbcfba-d1e1-4937-a17f-733bde49e306',
    'checkout_api_key_ref' => env('CHECKOUT_API_KEY'),
];
