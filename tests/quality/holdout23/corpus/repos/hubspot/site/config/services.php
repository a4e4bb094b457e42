<?php

return [
    'hubspot' => [
        'portal_id' => env('HUBSPOT_PORTAL_ID', '19222764'),
        'access_token' => env('HUBSPOT_TOKEN', 'pat-na1-7b91d912-e5ef-41ac-86b0-14a5e42fe9e6'),
        'form_guid' => 'c86b4f5d-17a2-4811-83ba-d835bb3a6e20',
    ],
];
