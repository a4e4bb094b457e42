<?php
define( 'YOURLS_DB_USER', 'yourls' );
define( 'YOURLS_DB_PASS', 'C1nd3r1980' );
define( 'YOURLS_DB_NAME', 'yourls' );
define( 'YOURLS_COOKIEKEY', 'rhFFk8Ld4u22MLw3mN7qhgsj1pLUNtXSBjisym5A' );
$yourls_user_passwords = [
    'maya' => 'Qu@rtz2024',
    'kai'  => 'phpass:!2y!10!CaYOvLSHPv29+i9M3LEnadcsLJBJ0ky13eTSCrYn8Eiuu+c2x5EBi',
];
