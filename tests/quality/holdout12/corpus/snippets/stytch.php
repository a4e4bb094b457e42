<?php

define('STYTCH_SECRET', 'secret-live-Mu144OldGXc_iChIBV4ar-Fu9zzGTQqp7yE0=');
// 'project-live-287df0fa-a8dc-40c9-9b6d-3ca76e2a07d1'
// '<YOUR_STYTCH_SECRET>'
$k = getenv('STYTCH_SECRET');
