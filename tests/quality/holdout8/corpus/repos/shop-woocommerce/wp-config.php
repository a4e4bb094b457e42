<?php
define( 'DB_NAME', 'shop' );
define( 'DB_USER', 'shop' );
define( 'DB_PASSWORD', '10ZVKJPgSNq6s!qI' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',          'I)ASdDwFI&|LBd7_uoHc{Nfwx;;~S%K>=a:OU%3X9HaaUzN2}&#e.7B%xGc(Hvt@' );
define( 'SECURE_AUTH_KEY',   ')MVy~QLTss8s[a*Q3;@x-KcP!(D,3*Qj&ongagb7.Sid;.U77bgqFwiP!;-b;ma-' );
define( 'LOGGED_IN_KEY',     'w}c%UINsGwtCO{&x~ogLC8%JQlB:^<mCC7{r0m@4pDp?hBEcuo~=tT!]-d>h[=Q<' );
define( 'NONCE_KEY',         'BvIM{8(96vHAfwLdsfw#]-4xJ8GCyl42@hyeY_&1yC^08%/|sCiL1s2gR!4kqf8l' );
define( 'AUTH_SALT',         'O>;,8p<~KB7#F|Ku{OLD}Hqt}j1Jfo9Wzjl>A!>fr6/d*V7+g3K(RPS-De*Z,ol-' );
define( 'SECURE_AUTH_SALT',  'oVD}y</},w[zH9AC)F6Y.S3mcCXAZDnd4ksz{L!3iZlCY]D[3vE)({NJO<J{U8sn' );
define( 'LOGGED_IN_SALT',    'VH78gF{Q.;XFKc*Snux@l]=d4.BmgmWlZ>NqqMNYzUKuz5OCWzP3]%0Uy==(<fr6' );
define( 'NONCE_SALT',        'DUfVK0%kq3+G_((26q+&g^s[aD)(14,Wthc>]k2UoNH}jE&s?!Q?41Qml?uBI|;{' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WC_GZD_LICENSE', '7b808d77-411e-4890-ae39-14b739b7da06' );
