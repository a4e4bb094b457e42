<?php
  define('HTTP_SERVER', 'https://shop.acme.example');
  define('DIR_WS_CATALOG', '/');
  define('DB_SERVER', 'localhost');
  define('DB_SERVER_USERNAME', 'osc_user');
  define('DB_SERVER_PASSWORD', 'OpFjoz6k9EIe0LW');
  define('DB_DATABASE', 'oscommerce');
  define('USE_PCONNECT', 'false');
  define('STORE_SESSIONS', 'mysql');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_PASSWORD', 'EZ0QOMZVH6NVS8HV');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_SIGNATURE', 'A0a5m0hORprEfmCkvWFUUKOv8yAIuZMnrjP7FeBOcc9T8AavcAqcmH54');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_USERNAME', 'sell_api1.acme.example');
  define('CFG_TIME_ZONE', 'Europe/Berlin');
?>
