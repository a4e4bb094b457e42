<?php
$params = require __DIR__ . '/params.php';
$config = [
    'id' => 'shop',
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => 'voYhnxeQFLLXMBHkiqMlGQTknsYcDg68AIF4_BzO4ceMJEcZXX',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'transport' => ['dsn' => 'smtp://MS_YUMr95@acme.mlsender.net:mlsn.68372122e88255f3a46abaa2780126b7453719bdeb66a6d0a0dcf27af784dfa0@smtp.mailersend.net:587'],
        ],
        'cache' => ['class' => 'yii\redis\Cache', 'redis' => ['hostname' => 'redis.internal', 'password' => 'ZMMfN1uSlwMgP+6L14^']],
    ],
];
return $config;
