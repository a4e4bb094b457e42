<?php
/***CONFIGURATOR***/
$sugar_config['dbconfig']['db_host_name'] = 'mysql.kestrel.internal';
$sugar_config['dbconfig']['db_user_name'] = 'suitecrm';
$sugar_config['dbconfig']['db_password'] = 'ch7gNrclmc8TjPl_53';
$sugar_config['dbconfig']['db_name'] = 'suitecrm';
$sugar_config['unique_key'] = '61d97437a3d507bb5285dc77d3c8a53a';
$sugar_config['outbound_email']['mail_smtppass'] = '2GTeK3bmUiL_77';
$sugar_config['default_currency_iso4217'] = 'EUR';
/***CONFIGURATOR***/
