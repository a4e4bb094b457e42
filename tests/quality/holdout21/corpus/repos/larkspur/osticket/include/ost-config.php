<?php
define('OSTINSTALLED',TRUE);
define('SECRET_SALT','QYTC5kcRDdvZkHYTxtdNs0SEYmCJ1ThB');
define('ADMIN_EMAIL','help@larkspur.example');
define('DBHOST','localhost');
define('DBNAME','osticket');
define('DBUSER','osticket');
define('DBPASS','FaridLoveKenji5');
