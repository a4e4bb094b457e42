<?php

define('DRONE_RPC_SECRET', 'f837a576294830cf886c7cdfc1237246');
putenv('DRONE_RPC_SECRET=svrvOKfy1aVhwOkOjVpGsVgsAyEhaRFB');
// 'drone.xpmpwm.internal'
// '<YOUR_DRONE_RPC_SECRET>'
$k = getenv('DRONE_RPC_SECRET');
