<?php return array (
  'debug' => false,
  'database' =>
  array (
    'driver' => 'mysql',
    'host' => 'localhost',
    'database' => 'flarum',
    'username' => 'flarum',
    'password' => 'otv0i2b4ytvy1468',
    'prefix' => '',
  ),
  'url' => 'https://forum.quokka.org',
  'paths' => array ('api' => 'api', 'admin' => 'admin'),
);
