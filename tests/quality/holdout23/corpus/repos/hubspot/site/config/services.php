<?php

return [
    'hubspot' => [
        'portal_id' => env('HUBSPOT_PORTAL_ID', '85582394'),
        'access_token' => env('HUBSPOT_TOKEN', 'pat-na1-d7cc7a6e-afca-4c5c-a1ce-a20ce98751b7'),
        'form_guid' => 'fdd1e515-44ef-4315-aa64-b729471ea678',
    ],
];
