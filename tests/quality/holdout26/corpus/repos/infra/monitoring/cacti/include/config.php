<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = 'Usher2050$';
$database_port     = '3306';
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
