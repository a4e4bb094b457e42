<?php
define( 'DB_NAME', 'bbs_site' );
define( 'DB_USER', 'bbs_wp' );
define( 'DB_PASSWORD', 'pannier-marigold-66' );
define( 'DB_HOST', 'mysql.bbs.internal' );
define( 'AUTH_KEY',         'no6bT1ZH;7vpWPy6nJl9>(BK}cg3J[*0ZG9a-<1z?0*e1G8YCngI:8Rtv^,~bkl}' );
define( 'NONCE_SALT',       'put your unique phrase here' );
