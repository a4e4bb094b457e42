<?php
$CONFIG = array (
  'instanceid' => 'BrueN1TPxHK8',
  'passwordsalt' => 'XkV782zvbItV6mS3596t2BsyIVuHE8',
  'secret' => 'Hlf0HPxSkjeAVMAY5jBSWPGBYgUKYtb4IitW1c5L8md7RHhD',
  'trusted_domains' => array (0 => 'cloud.basalt.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'Granite copper violet 3',
  'mail_smtppassword' => 's@ffr0n2024',
  'version' => '29.0.4.1',
);
