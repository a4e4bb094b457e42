<?php
$db['host'] = '127.0.0.1';
$db['user'] = 'phpipam';
$db['pass'] = '@Maple3566';
$db['name'] = 'phpipam';
$db['port'] = 3306;
$proxy_enabled = true;
$proxy_server = 'proxy.quokka.lan';
$proxy_user = 'ipam';
$proxy_pass = 'falcon.walnut.cactus.1';
$api_allow_unsafe = false;
$phpsessname = 'phpipam';
