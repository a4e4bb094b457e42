<?php return array (
  'debug' => false,
  'database' =>
  array (
    'driver' => 'mysql',
    'host' => 'localhost',
    'database' => 'flarum',
    'username' => 'flarum',
    'password' => '91o15p2ls6gc2950',
    'prefix' => '',
  ),
  'url' => 'https://forum.fernhill.org',
  'paths' => array ('api' => 'api', 'admin' => 'admin'),
);
