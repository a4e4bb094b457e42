<?php
$config['db_dsnw'] = 'mysql://roundcube:SPARROW_1454_amara@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.larkspur.example:993';
$config['des_key'] = '6J7bWwkUw3Suke81HLbaG48A';
$config['plugins'] = ['archive', 'zipdownload'];
