<?php
// phpBB 3.3.x auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'localhost';
$dbname = 'phpbb';
$dbuser = 'phpbb';
$dbpasswd = '4!c3kFaXxyJWIZyTmTqk';
$table_prefix = 'phpbb_';
$acm_type = 'phpbb\\cache\\driver\\file';
@define('PHPBB_INSTALLED', true);
// $dbpasswd = 'your_password_here';
