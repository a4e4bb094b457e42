<?php
$CONFIG = array (
  'instanceid' => 'bnvybbo7zf8v',
  'passwordsalt' => 'BAgGEx8SgK9FijRi6mUNm_aY1eTu7i',
  'secret' => 'kPfUROyC1KNqjSAUb9j4JgUBVLS68QyUZn6IVPZ9G6w5BNqN',
  'trusted_domains' => array (0 => 'cloud.riverbend.test'),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Maple_prairie506',
  'mail_smtppassword' => 'Walnut#lantern6247',
  'version' => '29.0.7.1',
);
