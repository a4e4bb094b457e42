<?php

define('MIXPANEL_API_SECRET', '729d437af78e86cbecd3f4433dca60fe');
$services = ['mixpanel' => ['key' => 'vwluQNbnd49yYjUtM6Ar9zmOUlTeoU8R']];
define('MIXPANEL_PROJECT_TOKEN', 'd6b336dfc1bfcf777c79d6b44db52983');
define('MIXPANEL_API_SECRET_SHA256', 'bba8666d44caf2ba6d0cd8c33f13b4ab50aa2868c76812b645d770eef1d1dbc4');
define('MIXPANEL_API_SECRET_EXAMPLE', 'XXXXXXXXXXXXXXXXXXXX');
$fromEnv = getenv('MIXPANEL_API_SECRET');
