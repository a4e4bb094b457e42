<?php
$g_hostname = 'localhost';
$g_db_username = 'mantis';
$g_db_password = '922thistleMEADOW';
$g_crypto_master_salt = 'pIoRkemsHe3tMl4PfkotJ3BFP23EPT+GqKHetbFQMSA=';
$g_smtp_password = 'yBDkw2z#a+EI6b!3ESzX';
