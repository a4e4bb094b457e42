<?php
$CONFIG = array (
  'instanceid' => 'RWz73BGMz9uz',
  'passwordsalt' => 'FjL6fotmWvxdiqOJE052Td8J3Xdh0I',
  'secret' => 'KVVboUfiRwtnUp4bC2kd0fHLzWnecFm09h1bdNIhV6fIlzgC',
  'trusted_domains' => array (0 => 'cloud.larkspur.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Copper willow ember 5',
  'mail_smtppassword' => 'quartz-pepper-lantern-copper',
  'version' => '29.0.4.1',
);
