<?php
// phpBB 3.3.x auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'localhost';
$dbport = '';
$dbname = 'forum';
$dbuser = 'forum';
$dbpasswd = '#Tango5456';
$table_prefix = 'phpbb_';
$acm_type = 'phpbb\\cache\\driver\\file';
@define('PHPBB_INSTALLED', true);
// install id 6e04b87b985b103e
