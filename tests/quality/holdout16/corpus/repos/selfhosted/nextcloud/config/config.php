<?php
$CONFIG = array (
  'instanceid' => 'uvjih14wbnvy',
  'passwordsalt' => 'cdDYkRBAgGEx8SgK9FijRi6mUNm_aY',
  'secret' => '1eTu7ikPfUROyC1KNqjSAUb9j4JgUBVLS68QyUZn6IVPZ9G6',
  'trusted_domains' => array (0 => 'cloud.riverbend.test'),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Quartz_cobalt49',
  'mail_smtppassword' => 'Maple*falcon8545',
  'version' => '29.0.7.1',
);
