<?php
define('HTTP_SERVER', 'https://shop.larchwood.dev/admin/');
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_shop');
define('DB_PASSWORD', 'WwBeOf1?@');
define('DB_DATABASE', 'opencart');
define('DB_PREFIX', 'oc_');
define('OPENCART_SERVER', 'https://www.opencart.com/');
