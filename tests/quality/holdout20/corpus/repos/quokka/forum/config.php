<?php
// phpBB 3.3.x auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'localhost';
$dbport = '';
$dbname = 'forum';
$dbuser = 'forum';
$dbpasswd = '?Glacier5718';
$table_prefix = 'phpbb_';
$acm_type = 'phpbb\\cache\\driver\\file';
@define('PHPBB_INSTALLED', true);
// install id 85b103e4d337e7dc
