<?php
define( 'DB_NAME', 'nmh_fel' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'uttleiv1cf11' );
define( 'AUTH_KEY',         'hOB5A7ScaMXcJRcGcay2mi8x9hvc7wXFPiNji8mnezQjxxvFBInfRtcWGCRBcVNH' );
define( 'SECURE_AUTH_SALT', 'I7zSb0XqQbeOuJHZPof4WYekxQqyGWEfUmB491OoEsI4HGIDwc5eiQ3mY57s8fJL' );
define( 'WP_REDIS_PASSWORD', 'iBSQ0MkJqDdFVwLAKqSvwlH3' );
// Jetpack blog id is public
define( 'JETPACK_BLOG_ID', '120060403' );
$nmh_cdn_token = base64_decode('ZmVmYWZiNDktMDZhZS00ZWFiLWE4NTItYWQ3MmNlMGI0OWYzYzYzYQ==');
