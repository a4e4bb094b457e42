<?php return array (
  'debug' => false,
  'database' =>
  array (
    'driver' => 'mysql',
    'host' => 'localhost',
    'database' => 'flarum',
    'username' => 'flarum',
    'password' => 'pelican+thistle=13',
    'prefix' => '',
  ),
  'url' => 'https://forum.fernhill.org',
  'paths' => array ('api' => 'api', 'admin' => 'admin'),
);
