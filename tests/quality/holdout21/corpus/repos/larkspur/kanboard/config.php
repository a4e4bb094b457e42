<?php
define('DB_DRIVER', 'postgres');
define('DB_USERNAME', 'kanboard');
define('DB_PASSWORD', 'K7QoaT3DioLo30');
define('LDAP_BIND_PASSWORD', 'Packers#2020');
define('MAIL_SMTP_PASSWORD', '');
define('API_AUTHENTICATION_TOKEN', 'replace-with-a-random-token');
