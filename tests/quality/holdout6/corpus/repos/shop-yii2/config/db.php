<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'pgsql:host=shop-db.internal;port=5432;dbname=shop',
    'username' => 'shop',
    'password' => 'Q7KxfqgXifwjnhdiqUiuiMia',
    'charset' => 'utf8',
    'enableSchemaCache' => true,
];
