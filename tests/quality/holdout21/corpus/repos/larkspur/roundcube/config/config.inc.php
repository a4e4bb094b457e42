<?php
$config['db_dsnw'] = 'mysql://roundcube:BLIZZARD_3231_amara@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.larkspur.example:993';
$config['des_key'] = '28zM68ViN289rHpRutIJhJtf';
$config['plugins'] = ['archive', 'zipdownload'];
