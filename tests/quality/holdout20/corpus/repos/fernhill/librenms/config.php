<?php
$config['db_host'] = 'localhost';
$config['db_user'] = 'librenms';
$config['db_pass'] = 'mango+velvet=36';
$config['snmp']['community'] = ['romA76CMQBr4Cu'];
$config['auth_ad_bindpassword'] = 'qu4r7zc0b4l7#';
$config['base_url'] = '/';
$config['update_channel'] = 'release';
