<?php
$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'YUD7smZxcvSRLdPmTy7z',
  'host' => 'mariadb',
  'driver' => 'mysql',
];
$settings['hash_salt'] = 'Rsoy5zkz7D6gT-nF65wxg7Hlh-wCVkpQheJXoqD5K0B59U3Y2rQ2cDJhWbC9syf8tiTfSwcu9z';
$settings['config_sync_directory'] = '../config/sync';
# $settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
$config['smtp.settings']['smtp_password'] = 'mlsn.298853864693ac2a9171a440d4e69bca759e58bd12c3ca278a490473db011b2c';
$config['recaptcha.settings']['site_key'] = '6LRcREdug1GFbVrlPFuCrPVQGDqFKU6oh3o_nC5P';
$config['recaptcha.settings']['secret_key'] = '6LOgf0GX5fI74jQPJnueAafBhuxbqkh6D5f_9cfO';
$settings['deployment_identifier'] = 'bcf4bb2f62a28ab09488174666b34ab51631ee7e';
