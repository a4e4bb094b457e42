<?php
$db['host'] = '127.0.0.1';
$db['user'] = 'phpipam';
$db['pass'] = 'tango.pepper.tundra.7';
$db['name'] = 'phpipam';
$db['port'] = 3306;
$proxy_enabled = true;
$proxy_server = 'proxy.quokka.lan';
$proxy_user = 'ipam';
$proxy_pass = 'l4n73rnw4lnu7^';
$api_allow_unsafe = false;
$phpsessname = 'phpipam';
