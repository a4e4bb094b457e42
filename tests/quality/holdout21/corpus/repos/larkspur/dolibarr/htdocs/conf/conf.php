<?php
$dolibarr_main_url_root='https://erp.larkspur.example';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='Q!1qaz@WSX';
$dolibarr_main_instance_unique_id='9726637565110674849bf828f1445f23';
