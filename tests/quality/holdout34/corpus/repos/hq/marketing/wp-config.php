<?php
define('DB_NAME', 'alpenbahn_web');
define('DB_USER', 'wp_web');
define('DB_PASSWORD', 'tX9rbgHX!f63GnAJEo');
define('DB_HOST', 'web-db.alpenbahn.internal');
define('AUTH_KEY',         'V0mVcfjIjM0mPFSWi2QM84haKDy0Hh1QR66EV+YVNjIW%C3BuIc3kl%M1cQ92HS1');
define('SECURE_AUTH_KEY',  'K1Ws=1sN!Avy1_p_LS_G!s-SRNfJdSuL1o6g!fbkrAJzBDF0jv%8%c-tPau9XRM-');
define('NONCE_SALT',       'put your unique phrase here');
define('WP_MAIL_SMTP_PASS', 'QP.x6yxMq1NpvLTT');
