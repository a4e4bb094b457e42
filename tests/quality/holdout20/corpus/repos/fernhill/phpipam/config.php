<?php
$db['host'] = '127.0.0.1';
$db['user'] = 'phpipam';
$db['pass'] = 'saff65MARB23';
$db['name'] = 'phpipam';
$db['port'] = 3306;
$proxy_enabled = true;
$proxy_server = 'proxy.fernhill.lan';
$proxy_user = 'ipam';
$proxy_pass = 'THISTLEsummit80%';
$api_allow_unsafe = false;
$phpsessname = 'phpipam';
