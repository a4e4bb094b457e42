<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'SM5OKt9bIOAMaAu3-O',
  'host' => 'db.internal',
  'port' => '3306',
  'driver' => 'mysql',
];
$settings['hash_salt'] = 'kzxxVCLYukkf6sKIAvMkEVXuwcL1m-D1O0TpAtxm1WT-5B4nSB7R4-5dzuiJzQe5Mnz4fvoDt3';
$settings['config_sync_directory'] = '../config/sync';
$config['geolocation_google_maps.settings']['google_map_api_key'] = 'AIzaj-1AfHTllYx3TeWgwsxUB4m_Mctei-mjD2Q';
$config['mailchimp.settings']['api_key'] = '7a9e51ab8524cdafc6ff6a61ac3ad8f1-us12';
$config['smtp.settings']['smtp_password'] = 'SG.VvmIu7ofIeyisBIUNi55fB.VpJgi54Ck0wUZWL4M4LxCZewweWJpQlRIulfxI7GWL0';
$config['recaptcha.settings']['site_key'] = '6LYzYhT9nrvA-TzYEQyqaUvH6yR86lWZdIHW0o__';
$settings['trusted_host_patterns'] = ['^www\.acme\.example$'];
// $settings['hash_salt'] = file_get_contents('/run/secrets/hash_salt');
$config['s3fs.settings']['access_key'] = 'AKIAUG73O57CBTIJBAU5';
$config['s3fs.settings']['secret_key'] = 'mqehNJYHY48nbXTzpMam+saq1hZ2317BGsM2fpEz';
$settings['file_private_path'] = '/var/private';
