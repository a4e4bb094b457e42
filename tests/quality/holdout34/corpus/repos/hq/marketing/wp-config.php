<?php
define('DB_NAME', 'alpenbahn_web');
define('DB_USER', 'wp_web');
define('DB_PASSWORD', 'A_2cEw7odJ7HAIHn%F');
define('DB_HOST', 'web-db.alpenbahn.internal');
define('AUTH_KEY',         'DFxnPQETcxXegOFJp7EqI6TgrP5rm11bjjNInTczbY_2HTKkz.R_X_JM4X55B3cK');
define('SECURE_AUTH_KEY',  'keVVzcOeGx3NO+s.mIpbf.-jN6v5HoIXZOyp_bqRxvdNcR06Z1tGxXZvrDfHhkbt');
define('NONCE_SALT',       'put your unique phrase here');
define('WP_MAIL_SMTP_PASS', 'cTG5CqqHHqXjczL8');
