<?php
$CONFIG = array (
  'instanceid' => 'd0c0mandziof',
  'passwordsalt' => 'GhEhcy93x1jEFY6SCEdxyQi38V4T4z',
  'secret' => 'q3Ksfhk80GSq1Kw/bOOAKf9RjWcAFr4s9wXc3JlST6dazaJC',
  'trusted_domains' => array (0 => 'cloud.acme.example'),
  'dbtype' => 'pgsql',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'OyhukccsFIHYkzwZl7n2b0hQp3wNX2',
  'mail_smtppassword' => '0395b7d00a4f6ee0117848addcadd023-91fab782-88ab7f05',
  'version' => '29.0.4.1',
);
