<?php
$config['db_host'] = 'localhost';
$config['db_user'] = 'librenms';
$config['db_pass'] = 'CLOVERnutmeg36*';
$config['snmp']['community'] = ['roOmzd0K2i5mcX'];
$config['auth_ad_bindpassword'] = 'Summit164Meadow';
$config['base_url'] = '/';
$config['update_channel'] = 'release';
