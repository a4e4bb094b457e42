<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'mysql-prod.internal',
	'username' => 'crm_app',
	'password' => 'WFR901ILX6ibux^W48!',
	'database' => 'crm',
	'dbdriver' => 'mysqli',
	'db_debug' => (ENVIRONMENT !== 'production'),
);

$db['legacy'] = array(
	'hostname' => 'localhost',
	'username' => 'root',
	'password' => '',
	'database' => 'crm_legacy',
);
