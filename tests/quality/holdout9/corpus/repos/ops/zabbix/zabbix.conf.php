<?php
$DB['TYPE'] = 'POSTGRESQL';
$DB['SERVER'] = 'localhost';
$DB['USER'] = 'zabbix';
$DB['PASSWORD'] = 'qE0*uVlGjzsp9!fYoQFv';
$DB['VAULT_TOKEN'] = '<vault-token>';
$ZBX_SERVER_NAME = 'Acme Zabbix';
$IMAGE_FORMAT_DEFAULT = IMAGE_FORMAT_PNG;
