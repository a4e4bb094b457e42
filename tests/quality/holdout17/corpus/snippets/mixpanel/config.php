<?php

define('MIXPANEL_API_SECRET', '29d437af78e86cbecd3f4433dca60fe8');
$services = ['mixpanel' => ['key' => 'Nbnd49yYjUtM6Ar9zmOUlTeoU8RaN0Xz']];
define('MIXPANEL_PROJECT_TOKEN', '336dfc1bfcf777c79d6b44db52983e1d');
define('MIXPANEL_API_SECRET_SHA256', '5e39e6939578df28099a173fda14f0177e3ceea0bea6826ef0ca1a754a5130f5');
define('MIXPANEL_API_SECRET_EXAMPLE', 'XXXXXXXXXXXXXXXXXXXX');
$fromEnv = getenv('MIXPANEL_API_SECRET');
