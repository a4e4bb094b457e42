<?php
$g_hostname = 'localhost';
$g_db_username = 'mantis';
$g_db_password = '698thistleDAHLIA';
$g_crypto_master_salt = 'lGk6jgkZZbeycbgB99oQz3181Qf8NhCa5D4bry3OSlA=';
$g_smtp_password = 'iV#R1LCCLsZps!M0IPCh';
