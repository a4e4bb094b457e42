<?php
$cfg['blowfish_secret'] = '8j9r{MB(XsW2dFr1tWST[TG8ovBus0f}';
$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = '6vw97OV5nVJ_Tc';
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = 'pmapass';
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'db2.acme.local';
$cfg['Servers'][$i]['password'] = '';
$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
