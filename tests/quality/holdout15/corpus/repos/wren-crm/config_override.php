<?php
/***CONFIGURATOR***/
$sugar_config['dbconfig']['db_host_name'] = 'mysql.wren.internal';
$sugar_config['dbconfig']['db_user_name'] = 'suitecrm';
$sugar_config['dbconfig']['db_password'] = 'n3y3t6f51c5fPzj_11';
$sugar_config['dbconfig']['db_name'] = 'suitecrm';
$sugar_config['unique_key'] = '178a096ded7f6845bcbd762c24b976f6';
$sugar_config['outbound_email']['mail_smtppass'] = 'A7qbVGN1wRJ-32';
$sugar_config['default_currency_iso4217'] = 'EUR';
/***CONFIGURATOR***/
