<?php
return [
    'facebook_app_secret' => env('FACEBOOK_APP_SECRET', '4b68e656479c414dfaea73b981d3c9bf'),
    'fb_access_token' => 'EAAJJwJvRxAt0b3TkBWBksxQWNbukn12dK8Ic7uwN9EVQFPEvZfdQoUwxSC7NQ1jw2T9Yet0Y2hJLVTLIOuvJnNcCvsTmA9b8jihlUJX0ULvvv7AfkGXboLpN6QkqvS35qoy4I6Nw3RoNwXhQfiKSqkH0NeomvGP0tway0jsSDtOukbbq3kehUnJ1RGp6iJ1F',
    'facebook_app_id' => '7943342938624127',
    'fb_pixel_id' => '624429601195909',
    'facebook_api_key_ref' => env('FACEBOOK_API_KEY'),
];
