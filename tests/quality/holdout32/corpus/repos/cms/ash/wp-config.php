<?php
define( 'DB_NAME', 'nmh_ash' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'MA/S0mfZEzO3rcrtoFWaquIu' );
define( 'AUTH_KEY',         'bADzRBcC8JGKhvpzHrnr1AASumFW0PrLIaHr0vapBk2iQG3qx1reDAffGPVyQXO1' );
define( 'SECURE_AUTH_SALT', 'P7tjb53npu1TuUoK5v9o9B5hLLmyLOKLZ6jsGMtDLeWsbvQ1MuszgvkL28wAWLrO' );
define( 'WP_REDIS_PASSWORD', 'KZtGumIbWemKJBec2OhuktPL' );
// Jetpack blog id is public
define( 'JETPACK_BLOG_ID', '189139060' );
$nmh_cdn_token = base64_decode('MTI2YmVhYmItYTNiYy00ZGUzLWFkMjctMjI1NDRmNmQyMGFmMzQ0Yg==');
