<?php

define('MAILJET_API_SECRET', '60a341dbdb6b9d276f8146cf3f00eb3c');
$mailjetKeyId = $_ENV['MAILJET_KEY_ID'] ?? 'c0ef6845a9d8aa5ddc68c7764aeede45';
$mailjetApiSecret = getenv('MAILJET_API_SECRET');
define('MAILJET_API_SECRET', 'TODO_MAILJET_SECRET');
