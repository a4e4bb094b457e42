<?php
$databases['default']['default'] = [
  'database' => 'intranet',
  'username' => 'drupal',
  'password' => 'Curl3wv4n~',
  'host' => 'db-intranet.bwl.corp',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '9IPiWq18GP6JP4tN7wJ9ffjdWoDyqRnsQYQGT00dbBH6m8DdKdhW_-lANonOAzKxva8TpH1PEw';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/srv/private/541b15a45947';
