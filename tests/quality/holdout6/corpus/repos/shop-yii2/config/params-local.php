<?php
return [
    'adminEmail' => 'admin@acme.example',
    'razorpay' => [
        'keyId' => 'rzp_live_SaiB5KI1dJWTlh',
        'keySecret' => 'XYaOX8dmbTXoQm5LqL3Iz5NV',
    ],
    'flutterwave' => [
        'publicKey' => 'FLWPUBK-ee995a9c74a0a9de6fccc18fc8a9674d-X',
        'secretKey' => 'FLWSECK-4be665d4879d652e7a2d62ca44e55deb-X',
        'encryptionKey' => 'FLWSECK_TESTfd3597958e2c',
    ],
    'shippo.token' => 'shippo_live_8bebe814ea22bbda97d5f56bf1fa7633951ad5c1',
    'woocommerce' => ['ck' => 'ck_87800e971e0c642c3c8ec65f63be6992cf140a8f', 'cs' => 'cs_13f09f8707dfac11eb3845c0e3affaf9a6693c45'],
    'user.passwordResetTokenExpire' => 3600,
];
