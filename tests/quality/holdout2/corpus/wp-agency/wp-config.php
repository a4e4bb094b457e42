<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'bakery_prod' );
define( 'DB_USER', 'bakery_wp' );
define( 'DB_PASSWORD', '35hgn2!WiBWhnuRv' );
define( 'DB_HOST', 'mysql-prod.internal' );

/**#@+
 * Authentication unique keys and salts. Staging still has: put your unique phrase here
 */
define( 'AUTH_KEY',         'lHDws}w<x[/y^BslwW!$Y$w7aA*o)@,@4CELjX@#U2@Ys59IG./<_pjdtatV?R;S' );
define( 'SECURE_AUTH_KEY',  'kYj;G18S]~]O{(th=+$>,1m$ENdj8t?tefbivEP+|TX#iZrQNVoIyPMZL?l7X_#>' );
define( 'LOGGED_IN_KEY',    'o&@]Oe8r?B^sK<DzD2/lxq.r(7/2nQP?A!1VZ[w9Z^khzudBUSWx:goVXEyPlg~/' );
define( 'NONCE_KEY',        'Q-Xy_Q=/}foTJW?7.v?9VfN$)Al[dC$bjDYkSN3SNX(5ws>;&0D>>f;G4&^JFiXP' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
