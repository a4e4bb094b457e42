<?php
$dolibarr_main_url_root='https://erp.larkspur.example';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='Q1qaz@WSX';
$dolibarr_main_instance_unique_id='f18a6341ad94028e953de09afb8e709d';
