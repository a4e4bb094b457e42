<?php

define('HEROKU_API_KEY', 'HRKU-AAD_J2EyschikHAguBcQ5EoLvEZmgbBv2MhjwbTmHV6nOVLGZZdvk_AI35VM');
$services = ['heroku' => ['key' => 'afc0de60-308a-456c-9866-84b4922f9dda']];
define('HEROKU_APP_ID', '7798c956-ca78-46ab-8ebc-c85618db75af');
define('HEROKU_API_KEY_SHA256', '51ab90f5cb20d0914f60d3f8aeee6b70e958cfe8ddfd8933d03452715f39657e');
define('HEROKU_API_KEY_EXAMPLE', 'XXXXXXXXXXXXXXXXXXXX');
$fromEnv = getenv('HEROKU_API_KEY');
