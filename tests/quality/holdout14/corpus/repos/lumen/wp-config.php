<?php
define( 'DB_NAME', 'lumen_wp' );
define( 'DB_USER', 'lumen_wp' );
define( 'DB_PASSWORD', '6s69PsjLS0IapLCl' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'n9TzxIXO1kVxDBHdPDJf#RU3c4ju0wbRIKhbPnmHo%PS5UFUCNUmjBJlIXpwCt' );
define( 'SECURE_AUTH_KEY',  'M1IGdjoqbbfjmuFLbcnIoG8j&K3SoQmQeKsIQU7C3oul43ate' );
define( 'NONCE_SALT',       'put your unique phrase here' );

define( 'WP_DEBUG', false );
define( 'WOOCOMMERCE_CK', 'ck_b2eb09e6965ce22b2e07a0f289a8dc4d9693ab0d' );
define( 'WOOCOMMERCE_CS', 'cs_a86e91e5896553743c269579d442b252bf968407' );
define( 'WP_CACHE_KEY_SALT', '88404a108b657fdb4b0f9437e17681f0' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
