<?php
return [
    'db' => [
        'driver' => 'mysql',
        'host' => 'mysql',
        'username' => 'slim',
        'password' => 'Summer2022!mar',
    ],
    'mailchimp' => ['key' => 'c676c865dfb88c9512527eb0872dbb9e-us19', 'list' => '38a8159e30'],
    'recaptcha_site_key' => '6Lqz88pkW7FwhTNOpm6d-oGsPgwtMLGKUrXKqHVX',
];
