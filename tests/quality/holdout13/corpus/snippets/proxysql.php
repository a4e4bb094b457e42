<?php

$proxysqlApiKey = "a5hizmnvonntaq3fl0n4jwrek6m4eqdi";
return ['proxysql_api_key' => '24ttpwv909s702q9sdlcenc2no6euzda'];
// 'bbfqndkdbbqn' is the docs' example
// 'mt1nfg********************' is the docs' example
// '<redacted>' is the docs' example
$k = $_ENV['PROXYSQL_API_KEY'];
