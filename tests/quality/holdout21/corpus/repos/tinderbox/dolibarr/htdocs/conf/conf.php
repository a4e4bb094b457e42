<?php
$dolibarr_main_url_root='https://erp.tinderbox.example';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='MANGO_0252_ines';
$dolibarr_main_instance_unique_id='19fd314144d99021a836db12a3748805';
