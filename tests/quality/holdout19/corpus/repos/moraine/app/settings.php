<?php
return [
    'db' => [
        'driver' => 'mysql',
        'host' => 'mysql',
        'username' => 'slim',
        'password' => 'TundraGravel34!',
    ],
    'mailchimp' => ['key' => 'fbf51bb98cb1234f554d47358d7165ea-us15', 'list' => 'e56d81e9bc'],
    'recaptcha_site_key' => '6LZslGOcu5mr61fuQ5Ie590yv11noQAl4n9bIf_h',
];
