<?php

define('STYTCH_SECRET', 'secret-live--uztP2MoVxSlcT_4jHUIZnGXCHI7m2rTjBC_=');
putenv('STYTCH_SECRET=secret-test-GqMyDiqvViQYVX0Q_x2hIZn5BmQ1EDyqJkxl=');
// 'project-live-f47b6b33-756c-47ab-940f-70853dffce5e'
// '<YOUR_STYTCH_SECRET>'
$k = getenv('STYTCH_SECRET');
