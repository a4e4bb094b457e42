<?php
define( 'S3_UPLOADS_BUCKET', 'basalt-media' );
define( 'S3_UPLOADS_REGION', 'eu-west-1' );
$creds = array( 'AKIAGHAWYTCU7KNHPX23', 'G14+fTRfX0+Checvj/j5DDHcKN9oHCucKWAAB7/E' );
define( 'S3_UPLOADS_KEY', $creds[0] );
define( 'S3_UPLOADS_SECRET', $creds[1] );
define( 'AUTH_SALT', '=+)t72%!tj7=0diz2njdpvs&@mq5r9$n6%37!o^=in#h+2rzkj' );
