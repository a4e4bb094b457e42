<?php
define('OSTINSTALLED',TRUE);
define('SECRET_SALT','ySxk3xv3KRP8C6xOifriJeuamOurdJm2');
define('ADMIN_EMAIL','help@larkspur.example');
define('DBHOST','localhost');
define('DBNAME','osticket');
define('DBUSER','osticket');
define('DBPASS','OlgaLoveGreta3');
