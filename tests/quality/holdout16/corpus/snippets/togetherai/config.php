<?php

declare(strict_types=1);

$services = ['togetherai' => ['key' => 'tgp_v1_7pgSA5Fjduxq_2IIdojekgVup4q6tKkdeWJLKM107lN', 'sandbox' => false]];
define('TOGETHER_REQUEST_ID', '0c5ff0ce-2015-4c07-ae0b-870fd542bfdf');
define('TOGETHER_API_KEY_TRUNCATED', 'tgp_v1_7...');
define('TOGETHER_API_KEY_EXAMPLE', 'sk-REDACTED');
$fromEnv = getenv('TOGETHER_API_KEY');
