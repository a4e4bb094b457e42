<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => getenv('DRUPAL_DB_PASSWORD'),
  'host' => 'db',
  'driver' => 'mysql',
];
$settings['config_sync_directory'] = '../config/sync';
$settings['hash_salt'] = 'IF4UhPYROpE7L_IoWyx-ZfcOT7mzBW-czefWKaGj-z9utfUNZgRklZ1AF32cr0FhdomuR_hFE1';
$settings['file_private_path'] = '/var/www/private';
$settings['trusted_host_patterns'] = ['^www\.example\.org$'];
// $settings['hash_salt'] = file_get_contents('/var/www/salt.txt');
$config['system.site']['uuid'] = 'c29939e6-21cb-4a32-9196-8f39e9ab0504';
