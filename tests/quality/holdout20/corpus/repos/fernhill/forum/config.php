<?php
// phpBB 3.3.x auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'localhost';
$dbport = '';
$dbname = 'forum';
$dbuser = 'forum';
$dbpasswd = 'uohYxKM3yEQVny2t8sMK';
$table_prefix = 'phpbb_';
$acm_type = 'phpbb\\cache\\driver\\file';
@define('PHPBB_INSTALLED', true);
// install id d217e467386e04b8
