<?php
$config['db_host'] = 'localhost';
$config['db_user'] = 'librenms';
$config['db_pass'] = 'Apr27@2020';
$config['snmp']['community'] = ['roCYoD4jpqAdxS'];
$config['auth_ad_bindpassword'] = 'az8c7ef767350124';
$config['base_url'] = '/';
$config['update_channel'] = 'release';
