<?php
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'host' => 'legacy-db.qtl.internal',
            'username' => 'careers',
            'password' => 'COPP!saffron2540',
        ],
    ],
    'mailchimp_key' => 'f274efdaa37ddc5aa782909c52ca6c61-us14',
];
