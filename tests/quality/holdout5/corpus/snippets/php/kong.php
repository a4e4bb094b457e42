<?php
return [
    'konnect_token' => 'kpat_ogLlgdngdw4435fOyNsJT3Wr8hKnSxTdvN8ZneN6K5mJ2truE',
    'konnect_system_token' => env('KONNECT_SYSTEM_TOKEN', 'spat_qICLWSDnwEo20CX2V4N2Cj6kGHlxrUpXHLPjq3Qb14C2danI7'),
    'konnect_control_plane' => 'f7e790ec-1208-4bbe-b6f2-79a4d1869156',
    'konnect_region' => 'eu',
    'konnect_api_key_ref' => env('KONNECT_API_KEY'),
];
