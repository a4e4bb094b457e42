<?php
$config['db_host'] = 'localhost';
$config['db_user'] = 'librenms';
$config['db_pass'] = 'tango.pepper.tundra.7';
$config['snmp']['community'] = ['rothtFR6PnmA76'];
$config['auth_ad_bindpassword'] = 'tvni-okje-cdkg-fozh';
$config['base_url'] = '/';
$config['update_channel'] = 'release';
