<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', 'RnPhLlcgyLJiakTiTg' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

// WooCommerce REST client used by the sync plugin
define( 'WC_CONSUMER_KEY', 'ck_7f3a9b2c4d5e6f708192a3b4c5d6e7f809a1b2c3' );
define( 'WC_CONSUMER_SECRET', 'cs_f4782def5f9e34a8f21d4b63ceb962a3d6d73b74' );
define( 'GHOST_ADMIN_API_KEY', '4abcc32952f4d6ec9e552b70:a9cb69b4dd378116ef8fe9782b6fcf2901ca112e64f447d2dd73ae3adcbe824b' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
