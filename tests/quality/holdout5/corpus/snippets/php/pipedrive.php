<?php
return [
    'pipedrive_api_token' => env('PIPEDRIVE_API_TOKEN', '69506934e32f67a471950e3bc7dc23403de80e15'),
    'pipedrive_token' => 'c2b1f9153fd22490ed3912f129df176fe685a522',
    'pipedrive_domain' => 'acme-ewpv',
    'deal_id' => '8552',
    'pipedrive_api_key_ref' => env('PIPEDRIVE_API_KEY'),
];
