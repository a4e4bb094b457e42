<?php
/** kelvinhold.eu marketing site */
define( 'DB_NAME', 'kh_www' );
define( 'DB_USER', 'kh_www' );
define( 'DB_PASSWORD', 'abda5fa5f71504c09f12' );
define( 'DB_HOST', 'mysql-www.kelvinhold.internal' );
define( 'AUTH_KEY',         'zMVErepUG61gJ4d1hWgi0Mck0mT9Y8INJizBx8z_remadWIMJc8zrpb-UGM1HMsA' );
define( 'SECURE_AUTH_KEY',  '7HzF8TXhXJM7tP4huB5QTq5pZA3nLpHgftJSFez1SIJWMzy6eb1KzAT1i9rLob2n' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'Cogf7Jf02h_90QxEUafy8MXKzpbC2cVJgQSDh5SsYqYEgktzISFIzYN5NSs8K3X0' );
define( 'WP_DEBUG', false );
// REST user for the tracking widget: trackbot, application password iTtR hkgt Jc8R A5di SY7n y7TE
$table_prefix = 'khw_';
