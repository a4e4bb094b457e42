<?php
$conf['dblayer'] = 'mysqli';
$conf['db_base'] = 'piwigo';
$conf['db_user'] = 'piwigo';
$conf['db_password'] = 'S4ffr0n&5';
$conf['db_host'] = 'localhost';
$prefixeTable = 'piwigo_';
define('PHPWG_INSTALLED', true);
