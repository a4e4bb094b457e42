<?php
define( 'DB_NAME', 'nmh_kvn' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'iDBeTGOk7qnJSkij' );
define( 'AUTH_KEY',         'J9TlLHNJmv36oNM1ussX9RPKXSSl7zG5mgwKJe6zeVB6p5OHk0B9XvdRlQpDWo1N' );
define( 'SECURE_AUTH_SALT', 'Hhz1djxPi6z94WfvPHeT8W5MuUEyl7oFL7n0Pnj4OWOg4IGJWGtgogNrDm8YpKwX' );
define( 'WP_REDIS_PASSWORD', 'yPdcCXH9e45M2Q2yCdBaFXaz' );
// Jetpack blog id is public
define( 'JETPACK_BLOG_ID', '667555412' );
$nmh_cdn_token = base64_decode('MzRmMDg3M2ItMzNjZi00ODFmLTk3OTUtNDcyYzUyZDQxMjg3ZTVkZQ==');
