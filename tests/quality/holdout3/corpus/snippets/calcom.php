<?php

$calApiKey = $_ENV['CAL_API_KEY'] ?? 'cal_live_9628620f57dbc96fc6532537f932ae63';
$calApiKeyTest = 'cal_test_f49fc7b11d919d93398f0b12b36e12cc';
$calApiKey = getenv('CAL_API_KEY');
$calApiKey = $_ENV['CAL_API_KEY'] ?? '********';
