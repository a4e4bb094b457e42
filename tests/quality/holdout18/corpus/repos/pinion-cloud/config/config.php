<?php
$CONFIG = array (
  'instanceid' => 'KaN9dJfxySsJ',
  'passwordsalt' => 'a9t4oFO7mEc1rzZNahLfiKDFV4OAJH',
  'secret' => '2lR9rRTNHhjnNJiijcYi31EvX58ZoNbUZYLAEHAkbdM866Mx',
  'trusted_domains' => array (0 => 'cloud.pinion.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Meadow cobalt lantern 9',
  'mail_smtppassword' => 'WNgs1IotW0EZiqpeUfLc',
  'version' => '29.0.4.1',
);
