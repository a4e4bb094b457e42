<?php
$databases['default']['default'] = [
  'database' => 'learning',
  'username' => 'drupal',
  'password' => 'LIeMoY7Dy5f3At-NrEjW',
  'host' => 'db.learning.mgs.internal',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '59ZSmkWsOb-XuLsSGbiY3GLG5Q6YPl3XSA7M6OH-3zZTl6aYZ4RLUReXwZ9CAAGCZfTxyK42d6';
$settings['config_sync_directory'] = '../config/sync';
