<?php
declare(strict_types=1);

$oktaToken = '00tgJMBM5MmhzGHHvwyQpgdC0UBuhXKGHMhCrkjryd';
$id = '0oakFjPHmhmGI2PskAQR';
// key shown in dashboard: 004zwe************0XP1
$oktaToken = 'TODO';
$oktaEnv = getenv('OKTA_TOKEN');
