<?php
$CONFIG = array (
  'instanceid' => 'ocxajwf5fjvv',
  'passwordsalt' => '1GUhOhn3b2uJZ89eVyK3R0Ue6W6Irr',
  'secret' => 'bls5He+ZBi2DdnEaRWtNj0l9Wnr5zWcJADctTna9voV1XlvL',
  'trusted_domains' => array (0 => 'files.mgs.corp'),
  'datadirectory' => '/srv/owncloud/data',
  'dbtype' => 'mysql',
  'dbname' => 'owncloud',
  'dbhost' => 'localhost',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Sf07aIr~6SRkEud1',
  'mail_smtppassword' => 'Overture1934$',
);
