<?php
define( 'DB_NAME', 'quarry_wp' );
define( 'DB_USER', 'quarry_wp' );
define( 'DB_PASSWORD', 'sFvREfBcCBhADHhf' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'UkWBwIx0eFCNR7ZUUyCP#oyQMKCAplyl8RKqkyb2K%gU8Rbn94VEJz5B9L8tZv' );
define( 'SECURE_AUTH_KEY',  'HaPen5d5KvjxBk8pqM1DLSSt&YBH5B4F0HX5R7yCrdLj8CMBX' );
define( 'NONCE_SALT',       'put your unique phrase here' );

define( 'WP_DEBUG', false );
define( 'WOOCOMMERCE_CK', 'ck_96c50f49b5a0429ee82c95f754854c1f40a4e685' );
define( 'WOOCOMMERCE_CS', 'cs_f1c5b3acbf2452487398b11e937c028ba81fdf9e' );
define( 'WP_CACHE_KEY_SALT', 'ac9c23ff7dcacca9e045dbd06850d494' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
