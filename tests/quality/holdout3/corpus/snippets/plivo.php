<?php

$plivoAuthToken = 'C9FXbwdnj79Mbh3wn3AJ8CqclAQpiuvUuZNmDqO2';
    'plivo_auth_id' => 'MAOT9DH0UTX8165FEUCP',
$plivoAuthToken = getenv('PLIVO_AUTH_TOKEN');
$plivoAuthToken = 'xxxxxxxxxxxxxxxxxxxxxxxx';
