<?php
return [
    'class' => 'yii\db\Connection',
    'dsn' => 'mysql:host=localhost;dbname=yii2',
    'username' => 'yii',
    'password' => 'Willow.pepper.violet.8',
    'charset' => 'utf8mb4',
];
