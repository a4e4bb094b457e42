<?php
/***CONFIGURATOR***/
$sugar_config['dbconfig']['db_host_name'] = 'mysql.heron.internal';
$sugar_config['dbconfig']['db_user_name'] = 'suitecrm';
$sugar_config['dbconfig']['db_password'] = 'LdEDeJfQrDMY67q!69';
$sugar_config['dbconfig']['db_name'] = 'suitecrm';
$sugar_config['unique_key'] = '4972c23b90e95ad12be87031cddd7844';
$sugar_config['outbound_email']['mail_smtppass'] = 'iggZi1B2RHq-14';
$sugar_config['default_currency_iso4217'] = 'EUR';
/***CONFIGURATOR***/
