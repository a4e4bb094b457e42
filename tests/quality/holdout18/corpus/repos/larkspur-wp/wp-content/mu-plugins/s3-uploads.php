<?php
define( 'S3_UPLOADS_BUCKET', 'larkspur-media' );
define( 'S3_UPLOADS_REGION', 'eu-west-1' );
$creds = array( 'AKIARNMYQCRBORQFL3UC', 'izyM4HuFj2qrZhmxyomkqEC5aVPl1SGppiYFiVq/' );
define( 'S3_UPLOADS_KEY', $creds[0] );
define( 'S3_UPLOADS_SECRET', $creds[1] );
define( 'AUTH_SALT', 'z&2-=3kv$_^0sa+)p#%c9w(g*n3suqoxl5hykx8$a0y(w@k$f0' );
