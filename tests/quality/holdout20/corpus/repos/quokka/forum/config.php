<?php
// phpBB 3.3.x auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'localhost';
$dbport = '';
$dbname = 'forum';
$dbuser = 'forum';
$dbpasswd = 'Kofi_lantern_1967';
$table_prefix = 'phpbb_';
$acm_type = 'phpbb\\cache\\driver\\file';
@define('PHPBB_INSTALLED', true);
// install id 7e7dcd7df7e59314
