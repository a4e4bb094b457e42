<?php
return [
    'class' => 'yii\db\Connection',
    'dsn' => 'mysql:host=localhost;dbname=yii2',
    'username' => 'yii',
    'password' => 'coppermarblequartz',
    'charset' => 'utf8mb4',
];
