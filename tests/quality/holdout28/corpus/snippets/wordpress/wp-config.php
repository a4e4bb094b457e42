<?php
define( 'DB_NAME', 'bwl_customer_portal' );
define( 'DB_USER', 'wp_portal' );
define( 'DB_PASSWORD', 'Van2025$' );
define( 'DB_HOST', 'mysql-portal.bwl.corp' );
define( 'AUTH_KEY',         'IMTloiODWAnnjzk19iMmmbApegA5uS#%0il57GHSUQZrNo6RCima7XsORqfHI66r' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'NONCE_SALT',       'put-your-unique-phrase-here' );
$table_prefix = 'bwl_';
