<?php
$dolibarr_main_url_root='https://erp.tinderbox.example';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='EMBER_1307_noor';
$dolibarr_main_instance_unique_id='3e598102eee5eee6beff9d74d4eb7a58';
