<?php
$config['db_dsnw'] = 'mysql://roundcube:7ahfso-fmmhol-8mkcd8@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.tinderbox.example:993';
$config['des_key'] = 'JaQSnLpQiKTris2TUXJO40wQ';
$config['plugins'] = ['archive', 'zipdownload'];
