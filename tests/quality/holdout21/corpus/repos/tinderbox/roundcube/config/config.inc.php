<?php
$config['db_dsnw'] = 'mysql://roundcube:47zke1-4h5vdj-azu6bh@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.tinderbox.example:993';
$config['des_key'] = 'NmC3Qv8Ll2IcS0ol6PFakR3p';
$config['plugins'] = ['archive', 'zipdownload'];
