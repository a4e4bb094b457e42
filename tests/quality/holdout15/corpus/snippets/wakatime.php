<?php

define('WAKATIME_API_KEY', 'waka_545a2ee5-5325-4ba3-8960-ca91c9a387b2');
define('WAKATIME_USER_ID', '383a2395-dd5b-438a-ba5b-24426692fc23');
define('WAKATIME_API_KEY_MASKED', 'waka_f************b9f1');
define('WAKATIME_API_KEY_EXAMPLE', '{{ wakatime_api_key }}');
$fromEnv = getenv('WAKATIME_API_KEY');
