<?php
// osCommerce-era shop configuration
define('DB_SERVER', 'localhost');
define('DB_SERVER_USERNAME', 'shop');
define('DB_SERVER_PASSWORD', 'XBAxCcS0L!bL');
define('DB_DATABASE', 'shop');
define('MODULE_PAYMENT_AUTHORIZENET_LOGIN', 'AObKB87pkt');
define('MODULE_PAYMENT_AUTHORIZENET_TXNKEY', 'I45HoJj65vR1neU4');
define('MODULE_PAYMENT_AUTHORIZENET_MD5_HASH', 'secret-md5');
define('MAILCHIMP_API_KEY', '41f3fef1d3f0f58f6226cf98cbd12a47-us12');
define('STORE_SESSIONS', 'mysql');
